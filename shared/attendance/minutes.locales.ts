/** The words of the participants in the minutes (./minutes.ts), by language. */
import type { MinutesLocales } from '../export/translate'

/** The attendance's minutes messages, under `attendance`. */
export const ATTENDANCE_MINUTES_MESSAGES = {
  en: {
    attendance: {
      title: 'Participants',
      people_one: '{{count}} person',
      people_other: '{{count}} people',
      coops_one: '{{count}} coop',
      coops_other: '{{count}} coops',
      counts: '{{people}} from {{coops}}',
      facilitator: '{{name}} (facilitator)',
      noCoop: 'No coop:',
    },
  },
  es: {
    attendance: {
      title: 'Participantes',
      people_one: '{{count}} persona',
      people_other: '{{count}} personas',
      coops_one: '{{count}} cooperativa',
      coops_other: '{{count}} cooperativas',
      counts: '{{people}} de {{coops}}',
      facilitator: '{{name}} (facilitación)',
      noCoop: 'Sin cooperativa:',
    },
  },
} as const satisfies MinutesLocales
