/**
 * Anonymous areas on the server: only facilitators mark or unmark a frame as anonymous, and no
 * one (facilitators included) may store a note with an author inside one, so the document, and
 * every export of it, never holds who wrote there.
 */
import { ANONYMOUS_META_KEY, anonymousAreaFrom, hasAuthor } from '../../shared/anonymous'
import { asShape, metaOf, type RecordLookup } from '../../shared/areas'
import { Role } from '../../shared/protocol'
import type { Slot } from './docChanges'
import type { RefusalReason } from './types'

type Problem = { reason: RefusalReason; detail: string }

function anonymousFlag(slot: Slot): boolean {
  if (!slot.present) return false
  const shape = asShape(slot.value)
  return shape !== null && metaOf(shape)[ANONYMOUS_META_KEY] === true
}

/**
 * Why `role` may not make the change `before` → `after` under the anonymous-area rules, or null.
 * Deleting an anonymous frame is not a change of its flag: it reveals nothing.
 */
export function anonymousAreaProblem(role: Role, records: RecordLookup, before: Slot, after: Slot): Problem | null {
  if (!after.present) return null
  if (role !== Role.facilitator && anonymousFlag(before) !== anonymousFlag(after)) {
    return { reason: 'facilitator_only', detail: 'only facilitators make an area anonymous' }
  }
  if (hasAuthor(after.value) && anonymousAreaFrom(records, asShape(after.value)?.parentId) !== null) {
    return { reason: 'invalid_record', detail: 'a note in an anonymous area carries no author' }
  }
  return null
}
