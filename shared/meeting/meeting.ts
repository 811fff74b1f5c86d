/**
 * The board's next meeting: when the assembly meets again, set by a facilitator and shown to
 * everyone in their own time zone (and in the minutes' header). Stored as an instant (UTC ms)
 * in the facilitator-only settings map, so it survives reload and reaches late joiners.
 */
import type * as Y from 'yjs'
import { z } from 'zod'
import { textUpTo } from '../values'

/**
 * The facilitator-only board settings map (declared in ./feature.ts). Its keys are below; a
 * later board setting adds its key and value rule to {@link settingsEntryProblem}.
 */
export const SETTINGS_MAP = 'plenary:settings'

/** Keys of {@link SETTINGS_MAP} this module defines. */
export const SettingsKey = {
  /** A {@link NextMeeting}; absent when none is planned. */
  nextMeeting: 'nextMeeting',
  /** False when participants may not add coops to the roster (shared/corners/newCoops.ts); absent: they may. */
  participantsAddCoops: 'participantsAddCoops',
} as const

/** Longest note stored, in characters. */
export const MAX_NEXT_MEETING_NOTE = 200

/** Year 2000 and year 10000: outside this range a date was surely mistyped. */
const EARLIEST = Date.UTC(2000, 0, 1)
const LATEST = Date.UTC(9999, 11, 31, 23, 59)

/** Schema of a {@link NextMeeting}; any other field is refused. */
export const nextMeetingSchema = z.strictObject({
  /** Milliseconds since the epoch (UTC). */
  at: z.number().int().min(EARLIEST).max(LATEST),
  note: textUpTo(MAX_NEXT_MEETING_NOTE).optional(),
})

/** When the assembly meets next, with an optional short note ("Online, same link"). */
export type NextMeeting = z.infer<typeof nextMeetingSchema>

/** The reason given for a refused value: the first of shape, unknown fields, `at`, `note` that fails. */
function reasonFor(issues: readonly z.core.$ZodIssue[]): string {
  if (issues.some((issue) => issue.path.length === 0 && issue.code === 'invalid_type')) return 'not an object'
  const unknownKeys = issues.find((issue) => issue.code === 'unrecognized_keys')
  if (unknownKeys) return `unknown field ${unknownKeys.keys[0]?.slice(0, 40) ?? ''}`
  if (issues.some((issue) => issue.path[0] === 'at')) return 'at must be whole ms between 2000 and 9999'
  return `note must be text up to ${MAX_NEXT_MEETING_NOTE} characters`
}

/** Why `value` is not a {@link NextMeeting}, or null. */
export function nextMeetingProblem(value: unknown): string | null {
  const result = nextMeetingSchema.safeParse(value)
  return result.success ? null : reasonFor(result.error.issues)
}

/** Narrows a stored value to a {@link NextMeeting}, or null; a blank note is left out. */
export function readNextMeetingValue(value: unknown): NextMeeting | null {
  const result = nextMeetingSchema.safeParse(value)
  if (!result.success) return null
  const { at, note } = result.data
  return note?.trim() ? { at, note } : { at }
}

/**
 * Why `value` may not be stored under `key` in the settings map, or null (the server's value
 * rule). Keys this module does not know pass: other settings bring their own checks here.
 */
export function settingsEntryProblem(key: string, value: unknown): string | null {
  if (key === SettingsKey.nextMeeting) return nextMeetingProblem(value)
  if (key === SettingsKey.participantsAddCoops) return typeof value === 'boolean' ? null : 'must be true or false'
  return null
}

function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(SETTINGS_MAP)
}

/** The board's next meeting, or null when none is set (or the stored value is unusable). */
export function readNextMeeting(doc: Y.Doc): NextMeeting | null {
  return readNextMeetingValue(settingsMap(doc).get(SettingsKey.nextMeeting))
}

/** Sets the next meeting; a blank note is left out. Call inside a transaction. */
export function setNextMeeting(doc: Y.Doc, meeting: NextMeeting): void {
  const note = meeting.note?.trim()
  settingsMap(doc).set(SettingsKey.nextMeeting, note ? { at: meeting.at, note } : { at: meeting.at })
}

/** Removes the next meeting. */
export function clearNextMeeting(doc: Y.Doc): void {
  settingsMap(doc).delete(SettingsKey.nextMeeting)
}

/**
 * The instant a `<input type="datetime-local">` value ("2026-12-04T18:00") names in the
 * browser's own zone, or null when empty or invalid. `new Date` reads a date-time without
 * offset as local time, which is exactly the facilitator's intent.
 */
export function instantFromLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null
  const at = new Date(value).getTime()
  return Number.isFinite(at) ? at : null
}

/** The `<input type="datetime-local">` value for `at` in the browser's own zone ("2026-12-04T18:00"). */
export function localInputFromInstant(at: number): string {
  const date = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
