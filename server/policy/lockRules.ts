/**
 * Locked areas hold for participants: besides not changing a locked shape (roleRules.ts), they
 * may not add a shape to a locked parent, by creating it there or moving it in, or a frozen area
 * would still take new notes. Cheap: one look-up of the parent in the records map.
 */
import { asShape, type RecordLookup } from '../../shared/areas/areas'
import type { Slot } from './docChanges'
import type { RefusalReason } from './types'

type Problem = { reason: RefusalReason; detail: string }

function parentIdOf(slot: Slot): unknown {
  return slot.present ? asShape(slot.value)?.parentId : undefined
}

/**
 * Why a non-facilitator may not make the change `before` → `after` because it puts a shape into
 * a locked parent, or null. A shape that stays where it was is not this rule's business.
 */
export function lockedParentProblem(records: RecordLookup, before: Slot, after: Slot): Problem | null {
  const parentId = parentIdOf(after)
  if (typeof parentId !== 'string' || parentId === parentIdOf(before)) return null
  if (asShape(records.get(parentId))?.isLocked !== true) return null
  return { reason: 'locked_shape', detail: before.present ? 'moved a shape into a locked area' : 'added a shape to a locked area' }
}
