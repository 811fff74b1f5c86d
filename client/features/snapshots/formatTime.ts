/** Snapshot times as people read them: in their own time zone, with UTC on hover. */

/** "4 June 2026, 18:02" in the viewer's zone (or `timeZone`). */
export function localTime(ms: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(ms)
}

/** "2026-06-04 16:02 UTC". */
export function utcTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
