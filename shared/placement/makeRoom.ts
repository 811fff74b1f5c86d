/**
 * The server's side of {@link pushDownMoves}: after a review, the frames an update made taller
 * push down what is below them, whoever grew them. Corners and breakouts call it from their
 * `afterRecordsReviewed` hook, each for its own frames.
 */
import { asStoredRecord, type BoardRecords, type StoredRecord } from '../boardDoc'
import { refusalKey, type Refusal, type ReviewedRecord } from '../feature'
import type { Box } from '../geometry'
import { shapeBox } from '../shapeBounds'
import { asObject } from '../values'
import { pushDownMoves, type Growth } from './pushDown'

/** The frame's box, when it is an unrotated shape (rotated, "below" has no plain meaning). */
function frameBox(record: StoredRecord): Box | null {
  const rotation = record.rotation ?? 0
  return rotation === 0 ? shapeBox(record) : null
}

/**
 * The growth of one reviewed change: the frame is taller, in the same parent, and its top was
 * not raised (a frame stretched upwards keeps its bottom and pushes nothing). Its top may have
 * come down: another frame's growth in the same update may have pushed it already.
 */
function growthOf(before: unknown, now: StoredRecord): Growth | null {
  const was = asStoredRecord(before)
  const wasBox = was && frameBox(was)
  const nowBox = frameBox(now)
  if (!was || !wasBox || !nowBox || was.parentId !== now.parentId) return null
  if (!(nowBox.h > wasBox.h) || nowBox.y < wasBox.y) return null
  return { id: now.id, before: { ...nowBox, h: wasBox.h }, after: nowBox }
}

/**
 * Moves down everything below each frame `isArea` holds for that `changes` made taller (locked
 * shapes too: the server may), writing only the position part of each record. Reports the
 * moves as one refusal, so the sender also receives the net update and converges.
 */
export function makeRoomBelowGrown(
  records: BoardRecords,
  changes: readonly ReviewedRecord[],
  isArea: (record: unknown) => boolean,
): Refusal[] {
  const growths: Growth[] = []
  for (const { key, before } of changes) {
    const now = asStoredRecord(records.get(key))
    if (!before.present || !now || !isArea(now)) continue
    const growth = growthOf(before.value, now)
    if (growth) growths.push(growth)
  }
  if (growths.length === 0) return []
  const shapes: StoredRecord[] = []
  records.forEach((value) => {
    const record = asStoredRecord(value)
    if (record) shapes.push(record)
  })
  const moves = pushDownMoves(shapes, growths)
  for (const { id, y } of moves) {
    const record = asObject(records.get(id))
    if (record) records.set(id, { ...record, y })
  }
  const first = moves[0]
  return first ? [{ reason: 'made_room', key: refusalKey(first.id), detail: `${moves.length} shape(s) below a grown area moved down` }] : []
}
