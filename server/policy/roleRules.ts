/**
 * What only facilitators may do to records: lock and unlock shapes, and change or delete a
 * locked shape. tldraw enforces locks only in its own UI; these rules make them hold against
 * any client.
 */
import { Role } from '../../shared/protocol'
import type { Slot } from './docChanges'
import { jsonEqual } from './json'
import type { RefusalReason } from './types'

function isLockedShape(slot: Slot): boolean {
  if (!slot.present || typeof slot.value !== 'object' || slot.value === null) return false
  const record = slot.value as Record<string, unknown>
  return record.typeName === 'shape' && record.isLocked === true
}

/** Why `role` may not change a record from `before` to `after`, or null when it may. */
export function recordRoleProblem(
  role: Role,
  before: Slot,
  after: Slot,
): { reason: RefusalReason; detail: string } | null {
  if (role === Role.facilitator) return null
  const wasLocked = isLockedShape(before)
  if (wasLocked) {
    // Writing back the very same record (a client re-sending it) changes nothing.
    const unchanged = after.present && before.present && jsonEqual(before.value, after.value)
    return unchanged ? null : { reason: 'locked_shape', detail: after.present ? 'changed a locked shape' : 'deleted a locked shape' }
  }
  if (isLockedShape(after)) return { reason: 'facilitator_only', detail: 'only facilitators lock shapes' }
  return null
}
