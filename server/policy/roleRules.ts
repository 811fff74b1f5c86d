/**
 * What a role may do to records: the features' record rules (shared/<feature>/feature.ts), asked
 * in the order of the features list, such as locks, anonymous areas and coop corners, which only
 * facilitators may change. tldraw enforces locks only in its own UI; these rules make them hold
 * against any client.
 */
import type * as Y from 'yjs'
import type { Problem, RecordLookup, RecordRule } from '../../shared/feature'
import { BOARD_FEATURE_SET } from '../../shared/namedMaps'
import type { Role } from '../../shared/protocol'
import type { Slot } from './docChanges'

/** A look-up that finds nothing: parents are then never locked nor anonymous. */
const NO_RECORDS: RecordLookup = { get: () => undefined }

/**
 * Why `role` may not change a record from `before` to `after`, or null when it may. `records`
 * (the records map as the update left it) is where the parent of a shape is looked up, for the
 * rules on locked areas. `rules` are the features' record rules (by default the board's);
 * `doc`, the board as the update left it, is for rules that read its settings.
 */
export function recordRoleProblem(
  role: Role,
  before: Slot,
  after: Slot,
  records: RecordLookup = NO_RECORDS,
  rules: readonly RecordRule[] = BOARD_FEATURE_SET.recordRules,
  doc?: Y.Doc,
): Problem | null {
  const change = { role, before, after, records, doc }
  for (const rule of rules) {
    const problem = rule(change)
    if (problem) return problem
  }
  return null
}
