/**
 * Breakout sessions in the board document: the facilitator splits the assembly into groups,
 * each working in its own area of the board with a timer and a rapporteur, then brings
 * everyone back to hear each group report. Map names, the schemas of the stored values and
 * their types; the readers are in read.ts, the logic next to this file (assign.ts, timer.ts,
 * rapporteur.ts, areas.ts, session.ts, rules.ts).
 *
 * Four named maps, all plain JSON values (shared/namedMaps.ts):
 * - {@link BREAKOUTS_MAP} (facilitators): session id → {@link BreakoutSession}. Every session
 *   the board ever had stays, so the rapporteur rotation has its history.
 * - {@link BREAKOUT_MEMBERS_MAP} (everyone, with rules): {@link memberKey} → {@link BreakoutMember}.
 * - {@link RAPPORTEURS_MAP} (everyone, with rules): {@link groupKey} → {@link Rapporteur}.
 * - {@link BREAKOUT_CALLS_MAP} (participants add, facilitators clear): {@link groupKey} → {@link BreakoutCall}.
 *
 * Times are server-clock milliseconds since the epoch (clients correct their clock against
 * `GET /api/time`), so a countdown agrees across browsers whose clocks are skewed.
 */
import { z } from 'zod'
import { wholeNumber } from '../values'

export const BREAKOUTS_MAP = 'plenary:breakouts'
export const BREAKOUT_MEMBERS_MAP = 'plenary:breakoutMembers'
export const RAPPORTEURS_MAP = 'plenary:rapporteurs'
export const BREAKOUT_CALLS_MAP = 'plenary:breakoutCalls'

/** Every breakout map, for subscriptions. */
export const BREAKOUT_MAPS: readonly string[] = [BREAKOUTS_MAP, BREAKOUT_MEMBERS_MAP, RAPPORTEURS_MAP, BREAKOUT_CALLS_MAP]

/** Times here are only finite (zod 4 numbers refuse NaN and ±Infinity); rules.ts refuses negative ones. */
const time = z.number()

const assignmentMode = z.enum(['random', 'choose', 'manual'])

/**
 * How people get into groups: `random` (balanced, sizes differ by at most one, optionally
 * spreading each coop's delegates), `choose` (each participant picks, up to an optional cap),
 * `manual` (the facilitator places people; late joiners go to the smallest group).
 */
export type AssignmentMode = z.infer<typeof assignmentMode>

const sessionStatus = z.enum(['running', 'ended'])

/** A session runs until the facilitator ends it; an ended session is frozen. */
export type SessionStatus = z.infer<typeof sessionStatus>

const groupSchema = z.object({
  /** Unique within the session: `g1`, `g2`, … */
  id: z.string(),
  /** Its topic, or "Group 1" when the facilitator gave only a number of groups. */
  name: z.string(),
  /** The id of its area: a tldraw frame shape (see areas.ts). */
  areaId: z.string(),
})

/** One group of a session. */
export type BreakoutGroup = z.infer<typeof groupSchema>

/** Schema of a {@link BreakoutTimer}. */
export const timerSchema = z
  .object({
    durationMs: time,
    endsAt: time.nullable(),
    pausedRemainingMs: time.nullable(),
  })
  .refine((timer) => timer.endsAt !== null || timer.pausedRemainingMs !== null)

/**
 * The countdown. Running: `endsAt` is set and `pausedRemainingMs` is null. Paused:
 * `endsAt` is null and `pausedRemainingMs` holds what was left. After the end, both say
 * where it stopped (`endsAt` null, `pausedRemainingMs` what was left, possibly 0).
 */
export type BreakoutTimer = z.infer<typeof timerSchema>

const messageSchema = z.object({
  text: z.string(),
  /** Server-clock ms. */
  at: time,
  /** "Name · Coop" of the facilitator who sent it. */
  from: z.string(),
})

/** A short message the facilitator broadcasts to all groups. */
export type BreakoutMessage = z.infer<typeof messageSchema>

const reportBackSchema = z.object({
  /** Group ids in the order they report. */
  order: z.array(z.string()),
  /** Index into `order` of the group that has the floor, or null once the last one finished. */
  current: wholeNumber.nullable(),
})

/** Report-back: the floor passes from group to group in `order`. */
export type ReportBack = z.infer<typeof reportBackSchema>

/** Schema of a {@link BreakoutSession}. */
export const sessionSchema = z.object({
  id: z.string(),
  status: sessionStatus,
  assignment: assignmentMode,
  /** With `random` (and for late joiners): put a coop's delegates in different groups where sizes allow. */
  spreadCoops: z.boolean(),
  /** With `choose`: most members per group, or null for no cap. */
  cap: wholeNumber.nullable(),
  groups: z.array(groupSchema),
  timer: timerSchema,
  message: messageSchema.nullable(),
  /** The page the group areas were made on (and return to when unarchived). */
  pageId: z.string(),
  startedAt: time,
  endedAt: time.nullable(),
  reportBack: reportBackSchema.nullable(),
  /** When an ended session was archived (its areas moved to the archive page, archive.ts); absent or null otherwise. */
  archivedAt: time.nullable().optional(),
})

/** One breakout session. Shape only (types, enums); limits and consistency are rules.ts's. */
export type BreakoutSession = z.infer<typeof sessionSchema>

const assignedBy = z.enum(['random', 'choice', 'facilitator', 'late'])

/** How a member came to be in their group. */
export type AssignedBy = z.infer<typeof assignedBy>

/** Schema of a {@link BreakoutMember}. */
export const memberSchema = z.object({
  sessionId: z.string(),
  participantId: z.string(),
  groupId: z.string(),
  name: z.string(),
  coop: z.string(),
  assignedBy,
  at: time,
})

/** A person in a group. Stored under {@link memberKey}(sessionId, participantId). */
export type BreakoutMember = z.infer<typeof memberSchema>

/** Schema of a {@link Rapporteur}. */
export const rapporteurSchema = z.object({
  sessionId: z.string(),
  groupId: z.string(),
  participantId: z.string(),
  name: z.string(),
  coop: z.string(),
  at: time,
})

/** A group's rapporteur. Stored under {@link groupKey}(sessionId, groupId). */
export type Rapporteur = z.infer<typeof rapporteurSchema>

/** Schema of a {@link BreakoutCall}. */
export const callSchema = z.object({
  sessionId: z.string(),
  groupId: z.string(),
  /** "Name · Coop" of who called. */
  from: z.string(),
  at: time,
})

/** A group calling the facilitator over. Stored under {@link groupKey}(sessionId, groupId). */
export type BreakoutCall = z.infer<typeof callSchema>

/** Someone who can be put in a group: a participant present on the board. */
export interface BreakoutPerson {
  id: string
  name: string
  coop: string
}

/** The members-map key of a participant in a session. */
export function memberKey(sessionId: string, participantId: string): string {
  return `${sessionId}/${participantId}`
}

/** The rapporteurs-map and calls-map key of a group. */
export function groupKey(sessionId: string, groupId: string): string {
  return `${sessionId}/${groupId}`
}

/** Limits on what a session holds, checked by the server. */
export const BREAKOUT_LIMITS = {
  groups: 30,
  groupName: 80,
  message: 280,
  /** Longest duration, in ms (4 hours). */
  durationMs: 4 * 60 * 60 * 1000,
  /** Most time the facilitator adds in one step, in ms. */
  addMs: 60 * 60 * 1000,
  cap: 500,
} as const
