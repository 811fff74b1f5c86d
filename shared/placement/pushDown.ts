/**
 * Making room below an area that grew: when a frame (a coop's corner, a group area) becomes
 * taller, everything below it in its column moves down by the growth, so the gaps between the
 * areas stay as they were and the grown frame covers nothing. Pure: records in, moves out.
 *
 * "Below it in its column": a sibling (same parent, so the same page for top-level shapes)
 * whose horizontal extent overlaps the frame's and whose top is at or below the frame's old
 * bottom; and, in turn, whatever lies so below a shape that moves, so a moved shape never
 * lands on the next one. Shrinking never pulls anything up.
 */
import type { StoredRecord } from '../boardDoc'
import type { Box } from '../geometry'
import { shapeBox } from '../shapeBounds'

/** A frame that grew: its box before and after, in its parent's coordinates. */
export interface Growth {
  id: string
  before: Box
  after: Box
}

/** A shape moved down: its new `y`. */
export interface Move {
  id: string
  y: number
}

/** A sibling in the column: its box where it stands now. */
interface Placed {
  id: string
  box: Box
}

function overlapsHorizontally(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w
}

/**
 * The siblings that move for one growth: those at or below `frame`'s old bottom in its column,
 * and those at or below any of them in theirs. One pass in order of top suffices: a shape can
 * only be below a shape whose top is above its own.
 */
function belowInColumn(frame: Box, oldBottom: number, siblings: readonly Placed[]): Placed[] {
  const members: { box: Box; bottom: number }[] = [{ box: frame, bottom: oldBottom }]
  const moved: Placed[] = []
  for (const sibling of [...siblings].sort((a, b) => a.box.y - b.box.y)) {
    const top = sibling.box.y
    if (!members.some((member) => top >= member.bottom && overlapsHorizontally(member.box, sibling.box))) continue
    members.push({ box: sibling.box, bottom: top + sibling.box.h })
    moved.push(sibling)
  }
  return moved
}

/**
 * The moves that make room below each of `growths` (several frames may grow in one update):
 * each pushes what is below it by its own growth, applied one after the other from the top, so
 * two frames growing in the same column both keep their gaps. Shapes of other parents (other
 * pages, other frames' contents) never move: children move with their parent.
 */
export function pushDownMoves(records: Iterable<StoredRecord>, growths: readonly Growth[]): Move[] {
  const byId = new Map<string, StoredRecord>()
  for (const record of records) if (record.typeName === 'shape') byId.set(record.id, record)
  // Where each shape is now, as earlier growths moved it.
  const shiftOf = new Map<string, number>()
  const boxNow = (record: StoredRecord): Box | null => {
    const box = shapeBox(record)
    return box && { ...box, y: box.y + (shiftOf.get(record.id) ?? 0) }
  }
  for (const growth of [...growths].sort((a, b) => a.before.y - b.before.y)) {
    const frame = byId.get(growth.id)
    const delta = growth.after.y + growth.after.h - (growth.before.y + growth.before.h)
    if (!frame || !(delta > 0)) continue
    const shift = shiftOf.get(growth.id) ?? 0
    const siblings: Placed[] = []
    for (const record of byId.values()) {
      if (record.id === growth.id || record.parentId !== frame.parentId) continue
      const box = boxNow(record)
      if (box) siblings.push({ id: record.id, box })
    }
    const after = { ...growth.after, y: growth.after.y + shift }
    for (const { id } of belowInColumn(after, growth.before.y + growth.before.h + shift, siblings))
      shiftOf.set(id, (shiftOf.get(id) ?? 0) + delta)
  }
  const moves: Move[] = []
  for (const [id, shift] of shiftOf) {
    const y = byId.get(id)?.y
    if (typeof y === 'number' && shift !== 0) moves.push({ id, y: y + shift })
  }
  return moves
}
