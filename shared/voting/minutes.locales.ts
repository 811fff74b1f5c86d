/** The words of votes in the minutes (./minutes.ts), by language. */
import type { MinutesLocales } from '../export/translate'

/** The voting's minutes messages, under `votes`. */
export const VOTING_MINUTES_MESSAGES = {
  en: {
    votes: {
      title: 'Votes',
      untitled: 'Untitled vote',
      scope: {
        selection_one: 'Selection of {{count}} note',
        selection_other: 'Selection of {{count}} notes',
        corner: 'Corner: {{name}}',
        group: 'Group: {{name}}',
        frame: 'Frame: {{name}}',
        untitled: 'Untitled frame',
      },
      perPerson_one: '{{count}} dot per person',
      perPerson_other: '{{count}} dots per person',
      perCoop_one: '{{count}} dot per coop',
      perCoop_other: '{{count}} dots per coop',
      voters_one: '{{count}} voter',
      voters_other: '{{count}} voters',
      coops_one: '{{count}} coop',
      coops_other: '{{count}} coops',
      stillOpen: 'still open',
      dots_one: '{{count}} dot',
      dots_other: '{{count}} dots',
      deleted: '(deleted)',
    },
  },
  es: {
    votes: {
      title: 'Votaciones',
      untitled: 'Votación sin título',
      scope: {
        selection_one: 'Selección de {{count}} nota',
        selection_other: 'Selección de {{count}} notas',
        corner: 'Rincón: {{name}}',
        group: 'Grupo: {{name}}',
        frame: 'Marco: {{name}}',
        untitled: 'Marco sin título',
      },
      perPerson_one: '{{count}} punto por persona',
      perPerson_other: '{{count}} puntos por persona',
      perCoop_one: '{{count}} punto por cooperativa',
      perCoop_other: '{{count}} puntos por cooperativa',
      voters_one: '{{count}} persona votó',
      voters_other: '{{count}} personas votaron',
      coops_one: '{{count}} cooperativa votó',
      coops_other: '{{count}} cooperativas votaron',
      stillOpen: 'todavía abierta',
      dots_one: '{{count}} punto',
      dots_other: '{{count}} puntos',
      deleted: '(borrada)',
    },
  },
} as const satisfies MinutesLocales
