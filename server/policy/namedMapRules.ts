/**
 * What each role may write into Plenary's named maps (shared/namedMaps.ts), and what their
 * values must be. The writers of a map decide who may add, change or delete entries; a map with
 * a value rule (the coop roster) also has each stored value checked.
 */
import { coopProblem } from '../../shared/corners/coopRules'
import { ROSTER_MAP } from '../../shared/corners/roster'
import { STAGE_MAP, stageEntryProblem } from '../../shared/stage'
import { mayEditEntries, mayWriteMap, MapWriters, namedMapWriters } from '../../shared/namedMaps'
import type * as Y from 'yjs'
import type { Role } from '../../shared/protocol'
import type { Slot } from './docChanges'
import { jsonEqual } from './json'
import type { RefusalReason, WriterIdentity } from './types'

type Problem = { reason: RefusalReason; detail: string }

/** Value rules by map: why a value may not be stored under a key, or null. */
const VALUE_RULES: Readonly<Record<string, (key: string, value: unknown) => string | null>> = {
  [ROSTER_MAP]: coopProblem,
  [STAGE_MAP]: stageEntryProblem,
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
const CHANGE_RULES: Readonly<Record<string, (change: EntryChangeInput) => string | null>> = {}

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
