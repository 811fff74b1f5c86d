/** The words of the next meeting in the minutes (./minutes.ts), by language. */
import type { MinutesLocales } from '../export/translate'

/** The meeting's minutes messages, under `meeting`. */
export const MEETING_MINUTES_MESSAGES = {
  en: { meeting: { next: 'Next meeting: {{date}}' } },
  es: { meeting: { next: 'Próxima reunión: {{date}}' } },
} as const satisfies MinutesLocales
