/**
 * What each role may write into Plenary's named maps (shared/namedMaps.ts), and what their
 * values must be. The writers of a map decide who may add, change or delete entries; each
 * stored value is checked by its map's value rule, and each change by its map's change rule
 * (which sees the rest of the board and who writes). The rules themselves are pure functions
 * in shared/, next to each feature, so clients can check what they write.
 */
import type * as Y from 'yjs'
import { ATTENDANCE_MAP, attendanceChangeProblem, attendanceProblem } from '../../shared/attendance/attendance'
import { coopProblem } from '../../shared/corners/coopRules'
import { ROSTER_MAP } from '../../shared/corners/roster'
import { STAGE_MAP, stageEntryProblem } from '../../shared/stage/stage'
import { settingsEntryProblem } from '../../shared/meeting/meeting'
import {
  callChangeProblem,
  callProblem,
  memberChangeProblem,
  memberProblem,
  rapporteurChangeProblem,
  rapporteurProblem,
  sessionProblem,
} from '../../shared/breakouts/rules'
import { BREAKOUT_CALLS_MAP, BREAKOUT_MEMBERS_MAP, BREAKOUTS_MAP, RAPPORTEURS_MAP } from '../../shared/breakouts/types'
import { proposalChangeProblem, proposalValueProblem, stanceChangeProblem, stanceValueProblem } from '../../shared/decisions/rules'
import { PROPOSALS_MAP, STANCES_MAP } from '../../shared/decisions/types'
import {
  dotChangeProblem,
  dotValueProblem,
  reactionChangeProblem,
  reactionValueProblem,
  voteChangeProblem,
  voteValueProblem,
} from '../../shared/voting/rules'
import { DOTS_MAP, REACTIONS_MAP, VOTES_MAP } from '../../shared/voting/types'
import { mayEditEntries, mayWriteMap, MapWriters, namedMapWriters, SETTINGS_MAP } from '../../shared/namedMaps'
import type { Role } from '../../shared/protocol'
import type { Slot } from './docChanges'
import { jsonEqual } from './json'
import type { RefusalReason, WriterIdentity } from './types'

type Problem = { reason: RefusalReason; detail: string }

/** Value rules by map: why a value may not be stored under a key, or null. */
const VALUE_RULES: Readonly<Record<string, (key: string, value: unknown) => string | null>> = {
  [ROSTER_MAP]: coopProblem,
  [SETTINGS_MAP]: settingsEntryProblem,
  [STAGE_MAP]: stageEntryProblem,
  [BREAKOUTS_MAP]: sessionProblem,
  [BREAKOUT_MEMBERS_MAP]: memberProblem,
  [RAPPORTEURS_MAP]: rapporteurProblem,
  [BREAKOUT_CALLS_MAP]: callProblem,
  [PROPOSALS_MAP]: proposalValueProblem,
  [STANCES_MAP]: stanceValueProblem,
  [ATTENDANCE_MAP]: attendanceProblem,
  [VOTES_MAP]: voteValueProblem,
  [DOTS_MAP]: dotValueProblem,
  [REACTIONS_MAP]: reactionValueProblem,
}

/**
 * One change of a named-map entry, for rules that depend on more than the value: the rest of
 * the document (a vote's state, a group's cap), who writes (role and claimed participant ids)
 * and what the entry was. `after.value`, when present, has passed the map's value rule.
 */
export interface EntryChangeInput {
  doc: Y.Doc
  key: string
  before: Slot
  after: Slot
  role: Role
  writer: WriterIdentity
}

/**
 * Change rules by map: why this change may not be made, or null. Run after the writers and
 * value checks, on additions, changes and deletions alike; the document already holds the
 * rest of the same update, so a rule reads the board as it will be.
 */
const CHANGE_RULES: Readonly<Record<string, (change: EntryChangeInput) => string | null>> = {
  // Participants only; facilitators may write whatever the value rules accept.
  [BREAKOUT_MEMBERS_MAP]: memberChangeProblem,
  [RAPPORTEURS_MAP]: rapporteurChangeProblem,
  [BREAKOUT_CALLS_MAP]: callChangeProblem,
  [PROPOSALS_MAP]: proposalChangeProblem,
  [STANCES_MAP]: stanceChangeProblem,
  [ATTENDANCE_MAP]: ({ key, after, role, writer }) =>
    attendanceChangeProblem({ key, afterPresent: after.present, role, writerIds: writer.participantIds }),
  [VOTES_MAP]: voteChangeProblem,
  [DOTS_MAP]: dotChangeProblem,
  [REACTIONS_MAP]: reactionChangeProblem,
}

/** Why the change of an entry of named map `map` may not be made, or null (see {@link CHANGE_RULES}). */
export function namedMapChangeProblem(map: string, change: EntryChangeInput): Problem | null {
  const rule = Object.hasOwn(CHANGE_RULES, map) ? CHANGE_RULES[map] : undefined
  const problem = rule?.(change) ?? null
  return problem === null ? null : { reason: 'invalid_entry', detail: problem }
}

/**
 * Why `role` may not change the entry of named map `map` from `before` to `after`, or null when
 * it may. Re-sending an entry unchanged is never a change.
 */
export function namedMapWriteProblem(map: string, role: Role, before: Slot, after: Slot): Problem | null {
  const writers = namedMapWriters(map) ?? MapWriters.server
  if (!mayWriteMap(writers, role)) {
    return writers === MapWriters.server
      ? { reason: 'server_only', detail: `only the server writes ${map}` }
      : { reason: 'facilitator_only', detail: `only facilitators write ${map}` }
  }
  if (!before.present || mayEditEntries(writers, role)) return null
  if (after.present && jsonEqual(before.value, after.value)) return null
  return { reason: 'facilitator_only', detail: `only facilitators ${after.present ? 'change' : 'delete'} entries of ${map}` }
}

/** Why `value` may not be stored under `key` in named map `map` (already known to be plain JSON), or null. */
export function namedMapValueProblem(map: string, key: string, value: unknown): Problem | null {
  const rule = Object.hasOwn(VALUE_RULES, map) ? VALUE_RULES[map] : undefined
  const problem = rule?.(key, value) ?? null
  return problem === null ? null : { reason: 'invalid_entry', detail: problem }
}
