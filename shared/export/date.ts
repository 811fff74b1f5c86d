/** Dates as the minutes show them, for the core sections and the features' parts alike. */

/**
 * The locale Intl formats a language's dates with: English as written in most of the
 * community ("27 November 2026"), not the US order; other languages as they are.
 */
const DATE_LOCALES: Readonly<Record<string, string>> = { en: 'en-GB' }

/**
 * "27 November 2026 at 10:02 UTC" (English), "27 de noviembre de 2026 a las 10:02 GMT-3"
 * (Spanish, Buenos Aires): a moment in the export's time zone (UTC when absent or unknown)
 * and language.
 */
export function formatMinutesDate(at: number, timeZone = 'UTC', language = 'en'): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat(DATE_LOCALES[language] ?? language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
      timeZoneName: 'short',
    }).format(at)
  try {
    return format(timeZone)
  } catch {
    return format('UTC')
  }
}
