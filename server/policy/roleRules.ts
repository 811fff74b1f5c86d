/**
 * What only facilitators may do to records: lock and unlock shapes, change or delete a locked
 * shape, and move, resize, rename or delete a coop corner. tldraw enforces locks only in its
 * own UI; these rules make them hold against any client.
 */
import type { RecordLookup } from '../../shared/areas/areas'
import { isGroupAreaRecord } from '../../shared/breakouts/areas'
import { isCornerRecord } from '../../shared/corners/cornerRecord'
import { isProposalCard } from '../../shared/decisions/card'
import { Role } from '../../shared/protocol'
import { anonymousAreaProblem } from './anonymousRules'
import type { Slot } from './docChanges'
import { jsonEqual } from './json'
import { lockedParentProblem } from './lockRules'
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

/**
 * Proposal cards (shapes with `meta.proposalId`, shared/decisions/card.ts): only facilitators
 * create, change or delete one, or turn a shape into one; the card stands for the proposal.
 */
function proposalCardProblem(before: Slot, after: Slot): Problem | null {
  const touchesCard = (before.present && isProposalCard(before.value)) || (after.present && isProposalCard(after.value))
  if (!touchesCard || unchanged(before, after)) return null
  return { reason: 'facilitator_only', detail: 'only facilitators write proposal cards' }
}

/**
 * Breakout group areas (frames with `meta.breakout`, shared/breakouts/areas.ts): only
 * facilitators create, change, delete or turn a shape into one; ending a session locks them.
 * Notes dropped into an area change the note's `parentId`, not the frame.
 */
function breakoutAreaProblem(before: Slot, after: Slot): Problem | null {
  const touchesArea = (before.present && isGroupAreaRecord(before.value)) || (after.present && isGroupAreaRecord(after.value))
  if (!touchesArea || unchanged(before, after)) return null
  return { reason: 'facilitator_only', detail: 'only facilitators write breakout group areas' }
}

/** A look-up that finds nothing: parents are then never locked nor anonymous. */
const NO_RECORDS: RecordLookup = { get: () => undefined }

/**
 * Why `role` may not change a record from `before` to `after`, or null when it may. `records`
 * (the records map as the update left it) is where the parent of a shape is looked up, for the
 * rules on locked areas.
 */
export function recordRoleProblem(role: Role, before: Slot, after: Slot, records: RecordLookup = NO_RECORDS): Problem | null {
  const anonymous = anonymousAreaProblem(role, before, after)
  if (anonymous) return anonymous
  if (role === Role.facilitator) return null
  if (isLockedShape(before)) {
    return unchanged(before, after) ? null : { reason: 'locked_shape', detail: after.present ? 'changed a locked shape' : 'deleted a locked shape' }
  }
  if (isLockedShape(after)) return { reason: 'facilitator_only', detail: 'only facilitators lock shapes' }
  const lockedParent = lockedParentProblem(records, before, after)
  if (lockedParent) return lockedParent
  return cornerProblem(before, after) ?? proposalCardProblem(before, after) ?? breakoutAreaProblem(before, after)
}
