/**
 * Small readers for values from a Miro export, which is untrusted: whether a value is a plain
 * object, and a short printable rendering of a value someone wrote, for reports and messages.
 */

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether `value` is an array, its entries still to be read (Array.isArray alone would type them `any`). */
export function isList(value: unknown): value is unknown[] {
  return Array.isArray(value)
}

/** `value` as a plain object, or null. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null
}

/**
 * A short printable rendering of an id, type or value we could not trust: letters, digits and
 * `_ . -` only, at most 40 characters; `fallback` when nothing printable is left.
 */
export function shownValue(value: unknown, fallback = ''): string {
  const text = (typeof value === 'string' || typeof value === 'number' ? String(value) : '').replace(/[^\p{L}\p{N}_ .-]/gu, '')
  if (text === '') return fallback
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
