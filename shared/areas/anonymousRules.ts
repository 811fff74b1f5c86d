/**
 * Anonymous areas, as the server enforces them: only facilitators mark or unmark a frame as anonymous, and
 * nothing in one names who wrote it, whoever wrote it (facilitators and stock clients included):
 * the writer fields (`meta.author`, `props.textLastEditedBy`, shared/areas/anonymous.ts) are cleared
 * from every shape an update leaves in an anonymous area, and from boards stored before this
 * rule at load. Cleared, not refused: tldraw sets `textLastEditedBy` on every text edit, and a
 * tab that has not yet seen the area become anonymous would otherwise lose the note it wrote.
 */
import type { BoardRecords } from '../boardDoc'
import { ANONYMOUS_META_KEY, anonymousAreaFrom, isAnonymousArea, namesWriter, withoutWriter } from './anonymous'
import { asShape, metaOf, shapesBelow } from './areas'
import { refusalKey, type Problem, type RecordChangeInput, type Refusal, type ReviewedRecord, type Slot } from '../feature'
import { Role } from '../protocol'

function anonymousFlag(slot: Slot): boolean {
  if (!slot.present) return false
  const shape = asShape(slot.value)
  return shape !== null && metaOf(shape)[ANONYMOUS_META_KEY] === true
}

/**
 * Why `role` may not make the change `before` → `after` under the anonymous-area rules, or null.
 * Deleting an anonymous frame is not a change of its flag: it reveals nothing.
 */
export function anonymousAreaProblem({ role, before, after }: RecordChangeInput): Problem | null {
  if (!after.present) return null
  if (role !== Role.facilitator && anonymousFlag(before) !== anonymousFlag(after)) {
    return { reason: 'facilitator_only', detail: 'only facilitators make an area anonymous' }
  }
  return null
}

/** Shapes tldraw lets hold others: only these can arrive with children already stored. */
const CONTAINER_TYPES: ReadonlySet<unknown> = new Set(['frame', 'group'])

/**
 * True when the change may have brought other shapes into an anonymous area with it: the shape
 * changed parent, became an anonymous area itself, or is a new container (children stored
 * before their parent). Its children did not change, so the review would not look at them
 * otherwise. A new note has none: walking the board for each would cost every note written
 * in an anonymous area a pass over up to 20,000 records.
 */
function bringsSubtree(before: Slot, now: Record<string, unknown>): boolean {
  const previous = before.present ? asShape(before.value) : null
  if (previous === null) return CONTAINER_TYPES.has(now.type)
  return previous.parentId !== now.parentId || (isAnonymousArea(now) && !isAnonymousArea(previous))
}

function clearAll(records: BoardRecords, ids: Iterable<string>, cleared: string[]): void {
  for (const id of ids) {
    const shape = asShape(records.get(id))
    if (!shape || !namesWriter(shape)) continue
    records.replace(id, withoutWriter(shape))
    cleared.push(id)
  }
}

function clearedRefusal(cleared: readonly string[], detail: string): Refusal[] {
  const first = cleared[0]
  return first === undefined ? [] : [{ reason: 'invalid_record', key: refusalKey(first), detail: `${cleared.length} shape(s) ${detail}` }]
}

/**
 * Inside the reviewed transaction: clears the writer of every shape `changes` left in an
 * anonymous area, and of every shape a moved or newly anonymous shape took in with it. Reads
 * the records as they are now (after the other rules' compensations). What it cleared is
 * reported as one refusal, so the sender also receives the net update and converges.
 */
export function clearAnonymousWriters(records: BoardRecords, changes: readonly ReviewedRecord[]): Refusal[] {
  const inArea: string[] = []
  const roots: string[] = []
  for (const { key, before } of changes) {
    const shape = asShape(records.get(key))
    if (!shape || anonymousAreaFrom(records, key) === null) continue
    inArea.push(key)
    if (bringsSubtree(before, shape)) roots.push(key)
  }
  const cleared: string[] = []
  clearAll(records, inArea, cleared)
  if (roots.length > 0) clearAll(records, shapesBelow(records, roots), cleared)
  return clearedRefusal(cleared, 'in an anonymous area named their writer: cleared')
}

/**
 * At load: clears the writer of every shape in an anonymous area of a board stored before the
 * server cleared them on write (`textLastEditedBy` was kept until then). Run after migration,
 * which turns older notes' `textFirstEditedBy` into `textLastEditedBy`.
 */
export function clearStoredAnonymousWriters(records: BoardRecords): Refusal[] {
  const ids: string[] = []
  records.forEach((value, id) => {
    const shape = asShape(value)
    if (shape && namesWriter(shape) && anonymousAreaFrom(records, shape.parentId) !== null) ids.push(id)
  })
  const cleared: string[] = []
  clearAll(records, ids, cleared)
  return clearedRefusal(cleared, 'stored in an anonymous area named their writer: cleared')
}
