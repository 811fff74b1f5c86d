/** The words of the decision log in the minutes (./minutes.ts), by language. */
import type { MinutesLocales } from '../export/translate'

/** The decisions' minutes messages, under `decisions`. */
export const DECISIONS_MINUTES_MESSAGES = {
  en: {
    decisions: {
      title: 'Decisions',
      outcome: { agreed: 'Agreed', amended: 'Agreed as amended', not_agreed: 'Not agreed' },
      stance: { consent: 'consent', concern: 'concern', stand_aside: 'stand aside', block: 'block' },
      count: {
        consent_one: '{{count}} consent',
        consent_other: '{{count}} consent',
        concern_one: '{{count}} concern',
        concern_other: '{{count}} concerns',
        stand_aside_one: '{{count}} stand aside',
        stand_aside_other: '{{count}} stand aside',
        block_one: '{{count}} block',
        block_other: '{{count}} blocks',
        none: 'no stances',
      },
      decidedAt: 'Decided {{date}}',
      asProposed: 'As proposed:',
      note: 'Note:',
      noneTaken: 'No decision was taken.',
      stillOpenTitle: 'Proposals still open',
      stillOpen: 'open since {{date}}: {{counts}}',
    },
  },
  es: {
    decisions: {
      title: 'Decisiones',
      outcome: { agreed: 'Aprobada', amended: 'Aprobada con enmiendas', not_agreed: 'No aprobada' },
      stance: { consent: 'consentimiento', concern: 'reparo', stand_aside: 'se hace a un lado', block: 'bloqueo' },
      count: {
        consent_one: '{{count}} consentimiento',
        consent_other: '{{count}} consentimientos',
        concern_one: '{{count}} reparo',
        concern_other: '{{count}} reparos',
        stand_aside_one: '{{count}} se hace a un lado',
        stand_aside_other: '{{count}} se hacen a un lado',
        block_one: '{{count}} bloqueo',
        block_other: '{{count}} bloqueos',
        none: 'sin posturas',
      },
      decidedAt: 'Decidida el {{date}}',
      asProposed: 'Tal como se propuso:',
      note: 'Nota:',
      noneTaken: 'No se tomó ninguna decisión.',
      stillOpenTitle: 'Propuestas todavía abiertas',
      stillOpen: 'abierta desde el {{date}}: {{counts}}',
    },
  },
} as const satisfies MinutesLocales
