/**
 * Plenary's own top-level maps in a board's Y.Doc, next to `records` and `meta`
 * (shared/boardDoc.ts), and who may write each. The server refuses writes to any other
 * top-level type; a feature that needs a new map adds one line to {@link NAMED_MAPS}.
 */
import * as Y from 'yjs'
import { ROSTER_MAP } from './corners/roster'
import { Role } from './protocol'
import { STAGE_MAP } from './stage/stage'
import { BREAKOUT_CALLS_MAP, BREAKOUT_MEMBERS_MAP, BREAKOUTS_MAP, RAPPORTEURS_MAP } from './breakouts/types'
import { PROPOSALS_MAP, STANCES_MAP } from './decisions/types'
import { ATTENDANCE_MAP } from './attendance/attendance'
import { DOTS_MAP, REACTIONS_MAP, VOTES_MAP } from './voting/types'

/** Who may write the entries of a named map. */
export const MapWriters = {
  /** Facilitators and participants (viewers never write). */
  everyone: 'everyone',
  /** Facilitators only. */
  facilitators: 'facilitators',
  /** Nobody but the server itself. */
  server: 'server',
  /**
   * Facilitators and participants add entries (keys that did not exist); only facilitators
   * change or delete an entry once it is there. For shared lists that everyone may join but
   * nobody may rewrite for others, like the coop roster.
   */
  everyoneAddsFacilitatorsEdit: 'everyoneAddsFacilitatorsEdit',
} as const
export type MapWriters = (typeof MapWriters)[keyof typeof MapWriters]

/**
 * Records the server moved out of `records` at load because they failed validation:
 * record id → {@link QuarantineEntry}. Written by the server only.
 */
export const QUARANTINE_MAP = 'quarantine'

/** Facilitator-only board settings; keys and value rules in shared/meeting/meeting.ts (nextMeeting) and later issues. */
export const SETTINGS_MAP = 'plenary:settings'

/**
 * Every named map and its writers. Entries hold plain JSON values (no nested Y types), each
 * within the server's per-record size limit.
 */
export const NAMED_MAPS: Readonly<Record<string, MapWriters>> = {
  [QUARANTINE_MAP]: MapWriters.server,
  [SETTINGS_MAP]: MapWriters.facilitators,
  // The coop roster (shared/corners/roster.ts): coop id → Coop; values checked by coopProblem.
  [ROSTER_MAP]: MapWriters.everyoneAddsFacilitatorsEdit,
  // Whom everyone follows or was summoned to (shared/stage/stage.ts); values checked by stageEntryProblem.
  [STAGE_MAP]: MapWriters.facilitators,
  // Breakout sessions (shared/breakouts): sessions by facilitators; members, rapporteurs and calls
  // by everyone within the change rules of shared/breakouts/rules.ts.
  [BREAKOUTS_MAP]: MapWriters.facilitators,
  [BREAKOUT_MEMBERS_MAP]: MapWriters.everyone,
  [RAPPORTEURS_MAP]: MapWriters.everyone,
  [BREAKOUT_CALLS_MAP]: MapWriters.everyoneAddsFacilitatorsEdit,
  // Consent decisions (shared/decisions): proposals by facilitators, one stance per coop by its delegates.
  [PROPOSALS_MAP]: MapWriters.facilitators,
  [STANCES_MAP]: MapWriters.everyone,
  // Who came (shared/attendance/attendance.ts): each participant writes its own entry.
  [ATTENDANCE_MAP]: MapWriters.everyone,
  // Dot voting and reactions (shared/voting): votes by facilitators, dots and reactions by each person (rules.ts).
  [VOTES_MAP]: MapWriters.facilitators,
  [DOTS_MAP]: MapWriters.everyone,
  [REACTIONS_MAP]: MapWriters.everyone,
}

/** Named maps only facilitators may write. */
export const FACILITATOR_MAPS: readonly string[] = Object.keys(NAMED_MAPS).filter(
  (name) => NAMED_MAPS[name] === MapWriters.facilitators,
)

/** Who may write the named map `name`, or null when it is not one of Plenary's maps. */
export function namedMapWriters(name: string): MapWriters | null {
  // Own-property lookup: a name like "constructor" must not find Object.prototype's.
  return Object.hasOwn(NAMED_MAPS, name) ? (NAMED_MAPS[name] ?? null) : null
}

/** True when `role` may write entries of a map whose writers are `writers` (for some maps, only new ones). */
export function mayWriteMap(writers: MapWriters, role: Role): boolean {
  switch (writers) {
    case MapWriters.everyone:
    case MapWriters.everyoneAddsFacilitatorsEdit:
      return role === Role.facilitator || role === Role.participant
    case MapWriters.facilitators:
      return role === Role.facilitator
    case MapWriters.server:
      return false
  }
}

/** True when `role` may change or delete an entry that already exists in a map whose writers are `writers`. */
export function mayEditEntries(writers: MapWriters, role: Role): boolean {
  return writers === MapWriters.everyoneAddsFacilitatorsEdit ? role === Role.facilitator : mayWriteMap(writers, role)
}

/** One quarantined record: the value as it was stored, why it was moved, and when (ms). */
export interface QuarantineEntry {
  record: unknown
  reason: string
  at: number
}

/** The quarantine map of a board document. */
export function quarantineMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(QUARANTINE_MAP)
}
