/**
 * New corner frames for coops that have none: where they go on a page (a grid continuing the
 * page's existing corners, never over other content), their ids and their stacking order.
 */
import type { StoredRecord } from '../boardDoc'
import { indicesAboveShapes } from '../shapeIndex'
import { cornerIdFor, createCornerRecord, isCornerRecord } from './cornerRecord'
import type { Box } from '../geometry'
import { placeCorners } from './layout'
import type { Coop } from './roster'
import { shapeBox, topLevelShapes } from '../shapeBounds'

/** Coops with their new corners' ids set, and the frames to create, in the same order. */
export interface PlacedCorners {
  coops: Coop[]
  corners: StoredRecord[]
}

/** `base`, or `base-2`, `base-3`, … : the first id not in `taken`. */
function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/**
 * Boxes for `count` corners on a page whose top-level shapes are `shapes`: the grid of the
 * existing corners continued, skipping occupied cells. Should the grid run out of cells (a huge
 * shape next to it), the rest start afresh to the right of everything.
 */
function cornerBoxes(count: number, shapes: readonly StoredRecord[]): Box[] {
  const existing: Box[] = []
  const occupied: Box[] = []
  for (const shape of shapes) {
    const box = shapeBox(shape)
    if (box) (isCornerRecord(shape) ? existing : occupied).push(box)
  }
  const boxes = placeCorners(count, occupied, existing)
  if (boxes.length < count) boxes.push(...placeCorners(count - boxes.length, [...occupied, ...existing, ...boxes]))
  return boxes
}

/**
 * Corners on `pageId` for each of `coops`. A corner's id is the coop's `cornerId` when that is
 * set and free, else {@link cornerIdFor} the coop (with a suffix in the unlikely case that
 * another record holds it). New corners stack above every shape already on the page; that
 * matters little, since they overlap nothing.
 */
export function placeNewCorners(coops: readonly Coop[], records: readonly StoredRecord[], pageId: string): PlacedCorners {
  if (coops.length === 0) return { coops: [], corners: [] }
  const shapes = topLevelShapes(records, pageId)
  const boxes = cornerBoxes(coops.length, shapes)
  const indices = indicesAboveShapes(shapes, coops.length)
  const taken = new Set(records.map((record) => record.id))
  const result: PlacedCorners = { coops: [], corners: [] }
  coops.forEach((coop, i) => {
    const box = boxes[i]
    const index = indices[i]
    // placeCorners' fallback always has room, and getIndicesAbove returns `count` keys.
    if (!box || !index) throw new Error('corner placement came up short')
    const id = freeId(coop.cornerId ?? cornerIdFor(coop.id), taken)
    taken.add(id)
    const placed = { ...coop, cornerId: id }
    result.coops.push(placed)
    result.corners.push(createCornerRecord(placed, box, index, pageId))
  })
  return result
}
