import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { createCornerRecord } from '../corners/cornerRecord'
import type { Box } from '../geometry'
import { noteAt, overlappingPairs, rosterOf } from '../corners/testing'
import { withHeight } from './growth'
import { pushDownMoves, type Growth, type Move } from './pushDown'

const W = 1200
const H = 900
const GAP = 160
const NAMES = [
  'Spółdzielnia Kodu',
  'Coopérative Pixel',
  '住宅協同組合',
  'Κοινότητα Αθήνας',
  'Mieszkania Łódź',
  'Bäckerei Süd',
  'Ñandú Textil',
  'Vivienda Åland',
  'Øresund Data',
]
const COOPS = rosterOf(NAMES)

/** The corner of coop `n` in column `column`, row `row` of the corner grid. */
function corner(n: number, column: number, row: number, pageId = 'page:page'): StoredRecord {
  const coop = COOPS[n]
  if (!coop) throw new Error(`no coop ${n}`)
  return createCornerRecord(coop, { x: column * (W + GAP), y: row * (H + GAP), w: W, h: H }, `a${n + 1}`, pageId)
}

function boxOf(record: StoredRecord): Box {
  const props = record.props as { w: number; h: number }
  return { x: record.x as number, y: record.y as number, w: props.w, h: props.h }
}

/** `frame` grown by `by`, and the growth the module is given. */
function grow(frame: StoredRecord, by: number): { grown: StoredRecord; growth: Growth } {
  const before = boxOf(frame)
  const grown = withHeight(frame, before.h + by)
  return { grown, growth: { id: frame.id, before, after: boxOf(grown) } }
}

/** `records` with `moves` applied. */
function applied(records: readonly StoredRecord[], moves: readonly Move[]): StoredRecord[] {
  const byId = new Map(moves.map((move) => [move.id, move.y]))
  return records.map((record) => (byId.has(record.id) ? { ...record, y: byId.get(record.id) } : record))
}

const movedIds = (moves: readonly Move[]) => moves.map((move) => move.id).sort()
const byId = (moves: readonly Move[]) => Object.fromEntries(moves.map((move) => [move.id, move.y]))

describe('pushDownMoves', () => {
  it('moves only what is below the grown corner in its column, by the growth', () => {
    const grid = [corner(0, 0, 0), corner(1, 1, 0), corner(2, 2, 0), corner(3, 0, 1), corner(4, 1, 1), corner(5, 2, 1)]
    const { grown, growth } = grow(grid[0]!, 500)
    const moves = pushDownMoves([grown, ...grid.slice(1)], [growth])
    expect(moves).toEqual([{ id: grid[3]!.id, y: H + GAP + 500 }])
    const after = applied([grown, ...grid.slice(1)], moves)
    expect(overlappingPairs(after)).toEqual([])
    // The gap below the grown corner is what it was.
    expect((after[3]!.y as number) - (500 + H)).toBe(GAP)
  })

  it('cascades: a whole column moves, and a wide shape below it takes what is below it along', () => {
    const column = [corner(0, 0, 0), corner(1, 0, 1), corner(2, 0, 2)]
    const beside = corner(3, 1, 1)
    // A group area under the grid, as wide as two columns, and a note under it in column two.
    const wide: StoredRecord = { ...corner(4, 0, 3), props: { ...(corner(4, 0, 3).props as object), w: 2 * W + GAP } }
    const underWide = noteAt(1, W + GAP + 100, 4 * (H + GAP))
    const { grown, growth } = grow(column[0]!, 700)
    const records = [grown, column[1]!, column[2]!, beside, wide, underWide]
    const moves = pushDownMoves(records, [growth])
    expect(movedIds(moves)).toEqual([column[1]!.id, column[2]!.id, wide.id, underWide.id].sort())
    for (const move of moves) expect(move.y - (records.find((r) => r.id === move.id)!.y as number)).toBe(700)
    expect(overlappingPairs(applied(records, moves))).toEqual([])
  })

  it('moves nothing that was not below: shapes above, beside, overlapping the old frame, or inside a frame', () => {
    const frame = corner(0, 0, 1)
    const above = corner(1, 0, 0)
    const besideLow = noteAt(1, W + GAP, H + GAP + 800)
    // Its top is 10 units above the frame's old bottom: beside it, not below it.
    const straddling = noteAt(2, 300, H + GAP + H - 10)
    const child = noteAt(3, 100, H + 50, frame.id)
    const { grown, growth } = grow(frame, 400)
    expect(pushDownMoves([grown, above, besideLow, straddling, child], [growth])).toEqual([])
  })

  it('moves a shape that overlaps the column by a little, not one that only touches its edge', () => {
    const frame = corner(0, 0, 0)
    const partly = noteAt(1, W - 10, H + GAP)
    const touching = noteAt(2, W, H + GAP)
    const atBottom = noteAt(3, -150, H)
    const { grown, growth } = grow(frame, 300)
    const moves = pushDownMoves([grown, partly, touching, atBottom], [growth])
    expect(byId(moves)).toEqual({ [partly.id]: H + GAP + 300, [atBottom.id]: H + 300 })
  })

  it('leaves shapes on other pages where they are', () => {
    const frame = corner(0, 0, 0)
    const below = corner(1, 0, 1)
    const otherPage = corner(2, 0, 1, 'page:archive')
    const { grown, growth } = grow(frame, 300)
    expect(movedIds(pushDownMoves([grown, below, otherPage], [growth]))).toEqual([below.id])
  })

  it('moves locked shapes too, and never pulls anything up when a frame shrinks', () => {
    const frame = corner(0, 0, 0)
    const lockedBelow = { ...corner(1, 0, 1), isLocked: true }
    expect(pushDownMoves([withHeight(frame, H + 200), lockedBelow], [grow(frame, 200).growth])).toEqual([
      { id: lockedBelow.id, y: H + GAP + 200 },
    ])
    const shrunk = withHeight(frame, H - 300)
    expect(pushDownMoves([shrunk, lockedBelow], [{ id: frame.id, before: boxOf(frame), after: boxOf(shrunk) }])).toEqual([])
  })

  it('two corners of one column growing in one update each push by their own growth', () => {
    const [top, middle, bottom] = [corner(0, 0, 0), corner(1, 0, 1), corner(2, 0, 2)]
    const first = grow(top, 464)
    const second = grow(middle, 232)
    const records = [first.grown, second.grown, bottom]
    // Given lower first: the order of the changes does not matter.
    const moves = pushDownMoves(records, [second.growth, first.growth])
    expect(byId(moves)).toEqual({ [middle.id]: H + GAP + 464, [bottom.id]: 2 * (H + GAP) + 464 + 232 })
    const after = applied(records, moves).map(boxOf)
    expect(after[1]!.y - (after[0]!.y + after[0]!.h)).toBe(GAP)
    expect(after[2]!.y - (after[1]!.y + after[1]!.h)).toBe(GAP)
  })
})
