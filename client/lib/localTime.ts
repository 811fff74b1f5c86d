/**
 * Times as each person reads them: in their own time zone and language, with the same moment
 * in UTC for the hover text, so a delegate in Tokyo and one in Buenos Aires can agree on it.
 */

/** How much of the moment to show. */
export type TimeStyle = 'dateTime' | 'time' | 'date' | 'weekdayTime'

const OPTIONS: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  // "Thu 4 Dec, 18:00": a coming meeting, where the weekday matters more than the year.
  weekdayTime: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
}

/** `at` (ms) in the reader's zone ("27 Nov 2026, 18:05"); `timeZone` is for tests. */
export function formatLocalTime(at: number, language: string, style: TimeStyle = 'dateTime', timeZone?: string): string {
  if (!Number.isFinite(at)) return ''
  return new Intl.DateTimeFormat(language, { ...OPTIONS[style], ...(timeZone ? { timeZone } : {}) }).format(at)
}

/** The same moment in UTC, for the hover text: "27 Nov 2026, 09:05 UTC". */
export function formatUtcTime(at: number, language: string): string {
  if (!Number.isFinite(at)) return ''
  return `${new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at)} UTC`
}
