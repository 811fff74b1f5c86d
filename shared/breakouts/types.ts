/**
 * Breakout sessions in the board document: the facilitator splits the assembly into groups,
 * each working in its own area of the board with a timer and a rapporteur, then brings
 * everyone back to hear each group report. Types and map names only; the logic lives next to
 * this file (assign.ts, timer.ts, rapporteur.ts, areas.ts, session.ts, rules.ts).
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

export const BREAKOUTS_MAP = 'plenary:breakouts'
export const BREAKOUT_MEMBERS_MAP = 'plenary:breakoutMembers'
export const RAPPORTEURS_MAP = 'plenary:rapporteurs'
export const BREAKOUT_CALLS_MAP = 'plenary:breakoutCalls'

/** Every breakout map, for subscriptions. */
export const BREAKOUT_MAPS: readonly string[] = [BREAKOUTS_MAP, BREAKOUT_MEMBERS_MAP, RAPPORTEURS_MAP, BREAKOUT_CALLS_MAP]

/**
 * How people get into groups: `random` (balanced, sizes differ by at most one, optionally
 * spreading each coop's delegates), `choose` (each participant picks, up to an optional cap),
 * `manual` (the facilitator places people; late joiners go to the smallest group).
 */
export type AssignmentMode = 'random' | 'choose' | 'manual'

/** A session runs until the facilitator ends it; an ended session is frozen. */
export type SessionStatus = 'running' | 'ended'

/** One group of a session. */
export interface BreakoutGroup {
  /** Unique within the session: `g1`, `g2`, … */
  id: string
  /** Its topic, or "Group 1" when the facilitator gave only a number of groups. */
  name: string
  /** The id of its area: a tldraw frame shape (see areas.ts). */
  areaId: string
}

/**
 * The countdown. Running: `endsAt` is set and `pausedRemainingMs` is null. Paused:
 * `endsAt` is null and `pausedRemainingMs` holds what was left. After the end, both say
 * where it stopped (`endsAt` null, `pausedRemainingMs` what was left, possibly 0).
 */
export interface BreakoutTimer {
  durationMs: number
  endsAt: number | null
  pausedRemainingMs: number | null
}

/** A short message the facilitator broadcasts to all groups. */
export interface BreakoutMessage {
  text: string
  /** Server-clock ms. */
  at: number
  /** "Name · Coop" of the facilitator who sent it. */
  from: string
}

/** Report-back: the floor passes from group to group in `order`. */
export interface ReportBack {
  /** Group ids in the order they report. */
  order: string[]
  /** Index into `order` of the group that has the floor, or null once the last one finished. */
  current: number | null
}

/** One breakout session. */
export interface BreakoutSession {
  id: string
  status: SessionStatus
  assignment: AssignmentMode
  /** With `random` (and for late joiners): put a coop's delegates in different groups where sizes allow. */
  spreadCoops: boolean
  /** With `choose`: most members per group, or null for no cap. */
  cap: number | null
  groups: BreakoutGroup[]
  timer: BreakoutTimer
  message: BreakoutMessage | null
  /** The page the group areas are on. */
  pageId: string
  startedAt: number
  endedAt: number | null
  reportBack: ReportBack | null
}

/** How a member came to be in their group. */
export type AssignedBy = 'random' | 'choice' | 'facilitator' | 'late'

/** A person in a group. Stored under {@link memberKey}(sessionId, participantId). */
export interface BreakoutMember {
  sessionId: string
  participantId: string
  groupId: string
  name: string
  coop: string
  assignedBy: AssignedBy
  at: number
}

/** A group's rapporteur. Stored under {@link groupKey}(sessionId, groupId). */
export interface Rapporteur {
  sessionId: string
  groupId: string
  participantId: string
  name: string
  coop: string
  at: number
}

/** A group calling the facilitator over. Stored under {@link groupKey}(sessionId, groupId). */
export interface BreakoutCall {
  sessionId: string
  groupId: string
  /** "Name · Coop" of who called. */
  from: string
  at: number
}

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
