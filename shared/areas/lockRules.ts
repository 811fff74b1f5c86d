/**
 * Locks hold for everyone but facilitators: only they lock and unlock shapes, change or delete a
 * locked shape, and a participant may not add a shape to a locked parent, by creating it there
 * or moving it in, or a frozen area would still take new notes. tldraw enforces locks only in
 * its own UI; these rules make them hold against any client. Cheap: one look-up of the parent
 * in the records map.
 */
import { isResent, type Problem, type RecordChangeInput, type Slot } from '../feature'
import { Role } from '../protocol'
import { asShape } from './areas'

function isLockedShape(slot: Slot): boolean {
  if (!slot.present || typeof slot.value !== 'object' || slot.value === null) return false
  const record = slot.value as Record<string, unknown>
  return record.typeName === 'shape' && record.isLocked === true
}

/** Why a non-facilitator may not lock a shape, or change or delete a locked one, or null. */
export function lockedShapeProblem({ role, before, after }: RecordChangeInput): Problem | null {
  if (role === Role.facilitator) return null
  if (isLockedShape(before)) {
    return isResent(before, after)
      ? null
      : { reason: 'locked_shape', detail: after.present ? 'changed a locked shape' : 'deleted a locked shape' }
  }
  return isLockedShape(after) ? { reason: 'facilitator_only', detail: 'only facilitators lock shapes' } : null
}

function parentIdOf(slot: Slot): unknown {
  return slot.present ? asShape(slot.value)?.parentId : undefined
}

/**
 * Why a non-facilitator may not make the change `before` → `after` because it puts a shape into
 * a locked parent, or null. A shape that stays where it was is not this rule's business.
 */
export function lockedParentProblem({ role, records, before, after }: RecordChangeInput): Problem | null {
  if (role === Role.facilitator) return null
  const parentId = parentIdOf(after)
  if (typeof parentId !== 'string' || parentId === parentIdOf(before)) return null
  if (asShape(records.get(parentId))?.isLocked !== true) return null
  return { reason: 'locked_shape', detail: before.present ? 'moved a shape into a locked area' : 'added a shape to a locked area' }
}
