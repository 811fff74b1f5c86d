/** The words of the coop corners in the minutes (./minutes.ts), by language. */
import type { MinutesLocales } from '../export/translate'

/** The corners' minutes messages, under `corners`. */
export const CORNERS_MINUTES_MESSAGES = {
  en: {
    corners: {
      title: 'Coop corners',
      delegates_one: '{{count}} delegate',
      delegates_other: '{{count}} delegates',
      empty: 'No notes in the corners of:',
    },
  },
  es: {
    corners: {
      title: 'Rincones de las cooperativas',
      delegates_one: '{{count}} delegado',
      delegates_other: '{{count}} delegados',
      empty: 'Sin notas en los rincones de:',
    },
  },
} as const satisfies MinutesLocales
