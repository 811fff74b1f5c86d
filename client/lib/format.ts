/** Small formatting helpers for dates and counts shown in the UI. */

/** A date and time in the reader's own locale, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** "1 note", "3 notes": English plural for a count and a singular noun. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}
