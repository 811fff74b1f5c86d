/**
 * What only facilitators may do to records: lock and unlock shapes, change or delete a locked
 * shape, and move, resize, rename or delete a coop corner. tldraw enforces locks only in its
 * own UI; these rules make them hold against any client.
 */
import { isCornerRecord } from '../../shared/corners/cornerRecord'
import { Role } from '../../shared/protocol'
import type { Slot } from './docChanges'
import { jsonEqual } from './json'
import type { RefusalReason } from './types'

type Problem = { reason: RefusalReason; detail: string }

function isLockedShape(slot: Slot): boolean {
  if (!slot.present || typeof slot.value !== 'object' || slot.value === null) return false
  const record = slot.value as Record<string, unknown>
  return record.typeName === 'shape' && record.isLocked === true
}

/** Writing back the very same record (a client re-sending it) changes nothing. */
function unchanged(before: Slot, after: Slot): boolean {
  return after.present && before.present && jsonEqual(before.value, after.value)
}

/**
 * Coop corners (frames with `meta.coopId`): anyone who edits may create one, only facilitators
 * change or delete one. Turning an existing shape into a corner counts as changing it, or a
 * participant could claim any frame and keep everyone else from touching it. Notes dropped
 * into a corner change the note's `parentId`, not the frame, so they are not affected.
 */
function cornerProblem(before: Slot, after: Slot): Problem | null {
  if (!before.present) return null
  const touchesCorner = isCornerRecord(before.value) || (after.present && isCornerRecord(after.value))
  if (!touchesCorner || unchanged(before, after)) return null
  if (!isCornerRecord(before.value)) return { reason: 'facilitator_only', detail: 'only facilitators turn a shape into a coop corner' }
  return { reason: 'facilitator_only', detail: after.present ? 'only facilitators change a coop corner' : 'only facilitators delete a coop corner' }
}

/** Why `role` may not change a record from `before` to `after`, or null when it may. */
export function recordRoleProblem(role: Role, before: Slot, after: Slot): Problem | null {
  if (role === Role.facilitator) return null
  if (isLockedShape(before)) {
    return unchanged(before, after) ? null : { reason: 'locked_shape', detail: after.present ? 'changed a locked shape' : 'deleted a locked shape' }
  }
  if (isLockedShape(after)) return { reason: 'facilitator_only', detail: 'only facilitators lock shapes' }
  return cornerProblem(before, after)
}
