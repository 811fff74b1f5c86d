/** The words of breakout sessions in the minutes (./minutes.ts), by language. */
import type { MinutesLocales } from '../export/translate'

/** The breakouts' minutes messages, under `breakouts`. */
export const BREAKOUTS_MINUTES_MESSAGES = {
  en: {
    breakouts: {
      title: 'Breakout groups · {{date}}',
      groups_one: '{{count}} group',
      groups_other: '{{count}} groups',
      minutes_one: '{{count}} minute',
      minutes_other: '{{count}} minutes',
      assignment: {
        random: 'random balanced groups',
        choose: 'groups chosen by each participant',
        manual: 'groups set by the facilitator',
      },
      stillRunning: 'still running',
      group: 'Group {{number}}: {{name}}',
      rapporteur: 'Rapporteur:',
      members: 'Members:',
      nobody: 'none',
      noNotes: 'No notes.',
    },
  },
  es: {
    breakouts: {
      title: 'Sesión de grupos · {{date}}',
      groups_one: '{{count}} grupo',
      groups_other: '{{count}} grupos',
      minutes_one: '{{count}} minuto',
      minutes_other: '{{count}} minutos',
      assignment: {
        random: 'grupos al azar y equilibrados',
        choose: 'cada participante eligió su grupo',
        manual: 'grupos hechos por la facilitación',
      },
      stillRunning: 'todavía en curso',
      group: 'Grupo {{number}}: {{name}}',
      rapporteur: 'Relatoría:',
      members: 'Integrantes:',
      nobody: 'nadie',
      noNotes: 'Sin notas.',
    },
  },
} as const satisfies MinutesLocales
