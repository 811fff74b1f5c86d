/** Dates as the minutes show them, for the core sections and the features' parts alike. */

/** "27 November 2026, 10:02 UTC" in the export's time zone. */
export function formatMinutesDate(at: number, timeZone = 'UTC'): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
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
