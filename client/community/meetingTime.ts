/**
 * The "New meeting" form's date: an `<input type="datetime-local">` holds a wall-clock time
 * without a zone; the meeting starts at that time in the browser's zone, sent as an ISO instant.
 */

/** The instant (ISO 8601, UTC) a `datetime-local` value names in the browser's zone, or null for an empty or invalid value. */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim())
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  const date = new Date(year, month - 1, day, hour, minute)
  // new Date rolls "02-30" over into March: refuse a day the calendar does not have.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null
  return date.toISOString()
}

/** A `datetime-local` value for `at` (ms) in the browser's zone, to the minute. */
export function isoToLocalInput(at: number): string {
  const date = new Date(at)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`
}
