/**
 * Who came to the board: each participant's browser records itself when it joins and every
 * few minutes while it stays, so the minutes can list the participants by coop. Tokens open a
 * role, not a person, so this is what people say about themselves; the server only checks
 * that a connection writes its own entry (the participant id its presence claims).
 */
import type * as Y from 'yjs'
import { z } from 'zod'
import { MAX_COOP_LENGTH, MAX_NAME_LENGTH } from '../participant'
import { Role } from '../protocol'
import { matchKey } from '../text/fold'
import { nonBlankText, readWith, textUpTo, timeMs } from '../values'

/** Top-level Y.Map: participant id → {@link Attendance}. */
export const ATTENDANCE_MAP = 'plenary:attendance'

/** How often a present browser refreshes its `lastSeen`, in ms. */
export const ATTENDANCE_REFRESH_MS = 5 * 60 * 1000

/**
 * How far back from an export a person's `lastSeen` may be to count as at this meeting: a
 * board hosts one assembly after another, and the minutes are about the latest.
 */
export const MEETING_WINDOW_MS = 12 * 60 * 60 * 1000

/** Schema of an {@link Attendance}. */
export const attendanceSchema = z
  .object({
    participantId: textUpTo(200).min(1),
    name: nonBlankText(MAX_NAME_LENGTH),
    coop: textUpTo(MAX_COOP_LENGTH),
    role: z.enum([Role.facilitator, Role.participant]),
    /** Server-clock ms of their first and latest visit. */
    firstSeen: timeMs,
    lastSeen: timeMs,
  })
  .refine((entry) => entry.lastSeen >= entry.firstSeen)

/** One person on the board. */
export type Attendance = z.infer<typeof attendanceSchema>

/** Narrows a stored value to an {@link Attendance}, or null. */
export const readAttendance = readWith(attendanceSchema)

/** Why `value` may not be stored under `key` (the server's value rule), or null. */
export function attendanceProblem(key: string, value: unknown): string | null {
  const entry = readAttendance(value)
  if (!entry) return 'not an attendance (participantId, name, coop, role, firstSeen, lastSeen)'
  return entry.participantId === key ? null : 'stored under a key other than its participant id'
}

/** What the server knows about who writes, as far as attendance needs it. */
export interface AttendanceChange {
  key: string
  afterPresent: boolean
  role: Role
  writerIds: ReadonlySet<string>
}

/**
 * Why this change may not be made, or null. Participants write only their own entry and
 * delete none; facilitators may also tidy the list (delete entries).
 */
export function attendanceChangeProblem(change: AttendanceChange): string | null {
  if (!change.afterPresent) return change.role === Role.facilitator ? null : 'only facilitators remove attendance'
  return change.writerIds.has(change.key) ? null : 'an attendance is written by its own participant'
}

function attendanceMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ATTENDANCE_MAP)
}

/** Every attendance of `doc`, valid ones only. */
export function readAllAttendance(doc: Y.Doc): Attendance[] {
  const list: Attendance[] = []
  attendanceMap(doc).forEach((value, key) => {
    const entry = readAttendance(value)
    if (entry && entry.participantId === key) list.push(entry)
  })
  return list
}

/** Records that `person` is here at `now`, keeping their first visit. Call inside a transaction. */
export function recordAttendance(
  doc: Y.Doc,
  person: { id: string; name: string; coop: string },
  role: Attendance['role'],
  now: number,
): void {
  const map = attendanceMap(doc)
  const before = readAttendance(map.get(person.id))
  const entry: Attendance = {
    participantId: person.id,
    name: person.name.slice(0, MAX_NAME_LENGTH),
    coop: person.coop.slice(0, MAX_COOP_LENGTH),
    role,
    firstSeen: before ? Math.min(before.firstSeen, now) : now,
    lastSeen: Math.max(now, before?.lastSeen ?? now),
  }
  map.set(person.id, entry)
}

/** The key under which entries name one person: their name and coop, folded as names are matched. */
function personKey(entry: Attendance): string {
  return `${matchKey(entry.name)}\u0000${matchKey(entry.coop)}`
}

/** One person from the entries of their browsers: the latest-seen spelling, the whole span, the highest role. */
function mergePerson(entries: readonly Attendance[]): Attendance {
  const latest = entries.reduce((a, b) =>
    b.lastSeen > a.lastSeen || (b.lastSeen === a.lastSeen && b.participantId < a.participantId) ? b : a,
  )
  return {
    ...latest,
    role: entries.some((entry) => entry.role === Role.facilitator) ? Role.facilitator : Role.participant,
    firstSeen: Math.min(...entries.map((entry) => entry.firstSeen)),
  }
}

/**
 * People rather than browsers: a participant id is one browser's (kept in its storage), and
 * the map holds one entry per id, so a person who opens the board on a laptop and a phone
 * writes two entries. Entries of one name and coop as names are matched ("Ana Pérez /
 * Cooperativa Sur" and "ana perez / cooperativa sur") are one person. Two people of one name
 * in different coops stay two. Entries are stored per browser because each browser may write
 * only its own; merging when reading makes old boards read right too.
 */
export function people(entries: readonly Attendance[]): Attendance[] {
  const byName = new Map<string, Attendance[]>()
  for (const entry of entries) {
    const name = personKey(entry)
    const group = byName.get(name)
    if (group) group.push(entry)
    else byName.set(name, [entry])
  }
  return [...byName.values()].map(mergePerson)
}

/**
 * The people at the meeting that ends at `at` ({@link people}, so one person in two browsers
 * is one): seen within {@link MEETING_WINDOW_MS} before it (and not after it, for a snapshot
 * of an earlier state), sorted by coop then name.
 */
export function meetingAttendance(entries: readonly Attendance[], at: number): Attendance[] {
  const seen = entries.filter((entry) => entry.lastSeen <= at + 60_000 && entry.lastSeen >= at - MEETING_WINDOW_MS)
  return people(seen).sort(
    (a, b) => a.coop.localeCompare(b.coop) || a.name.localeCompare(b.name) || a.participantId.localeCompare(b.participantId),
  )
}
