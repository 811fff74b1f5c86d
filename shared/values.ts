/**
 * Narrowing `unknown` values (the document, the wire, an API answer). The zod building blocks
 * that the schemas of stored values share, one reader over any schema, and the helpers
 * that code walking loose JSON (rich text, shape props, awareness states, thrown values) needs.
 */
import { z } from 'zod'

/** `value` as an object to read fields from, or null for anything else (arrays included). */
export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** The message of a thrown value: an Error's own message, or the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A thrown value as an Error, to rethrow or reject with: an Error itself, anything else wrapped (message: the value as text). */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error), { cause: error })
}

/**
 * A reader for `schema`, the schema of an object: the value as the schema outputs it (unknown
 * keys dropped, arrays copied, defaults filled in), or null when it does not match. Never throws.
 */
export function readWith<S extends z.ZodType<object>>(schema: S): (value: unknown) => z.output<S> | null {
  return (value) => {
    // What is not an object cannot match, and is the common miss (an absent map entry, read
    // on every change): answered here, since a failed zod parse costs about ten successful ones.
    if (asObject(value) === null) return null
    const result = schema.safeParse(value)
    return result.success ? result.data : null
  }
}

/** Milliseconds of a clock, not before the epoch (zod 4 numbers are finite: no NaN, no ±Infinity). */
export const timeMs = z.number().min(0)

/** A whole number of any size, as `Number.isInteger` says (zod's `.int()` also refuses unsafe integers). */
export const wholeNumber = z.number().refine(Number.isInteger)

/**
 * A string of at most `max` UTF-16 units, as `String.length` counts them and every limit of
 * Plenary is written. zod's own `.max()` counts code points: an emoji would count once, not twice.
 * `error`, when given, is the message of every way the value can fail (an API's 400 shows it).
 */
export function textUpTo(max: number, error?: string): z.ZodString {
  return z
    .string(error === undefined ? undefined : { error })
    .refine((text) => text.length <= max, error === undefined ? undefined : { error })
}

/** Text of at most `max` units ({@link textUpTo}) that is not only blanks; stored as given, not trimmed. */
export function nonBlankText(max: number, error?: string): z.ZodString {
  return textUpTo(max, error).refine((text) => text.trim() !== '', error === undefined ? undefined : { error })
}
