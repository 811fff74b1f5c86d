import { describe, expect, it } from 'vitest'
import { boxesOverlap, type Box } from '../geometry'
import { freeSpot, freeSpots, type PlacementArea } from './freeSpot'

const NOTE = { w: 200, h: 200 }
/** A coop corner as the corner grid makes them. */
const corner: PlacementArea = { box: { x: 1000, y: 500, w: 1200, h: 900 }, whenFull: 'grow', padding: 32 }

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.w <= area.x + area.w && box.y + box.h <= area.y + area.h
}

function expectNoOverlaps(boxes: readonly Box[]): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]]
      if (a && b && boxesOverlap(a, b)) throw new Error(`boxes ${i} and ${j} overlap: ${JSON.stringify(a)} ${JSON.stringify(b)}`)
    }
  }
}

describe('freeSpot', () => {
  it('starts at the top left, inside the padding and below the label', () => {
    const { spot, grownHeight } = freeSpot({ ...corner, labelHeight: 40 }, [], NOTE)
    expect(spot).toEqual({ x: 1032, y: 572, w: 200, h: 200 })
    expect(grownHeight).toBeNull()
  })

  it('fills a row left to right, then the next row', () => {
    const { spots } = freeSpots(corner, [], NOTE, 6)
    // (1200 - 64 + 32) / 232 = 5 columns.
    expect(spots.map((s) => [s.x, s.y])).toEqual([
      [1032, 532],
      [1264, 532],
      [1496, 532],
      [1728, 532],
      [1960, 532],
      [1032, 764],
    ])
  })

  it('never lands on notes of any size, cards or other shapes already there', () => {
    const occupied: Box[] = [
      { x: 1032, y: 532, w: 200, h: 200 }, // a note in the first cell
      { x: 1300, y: 540, w: 400, h: 480 }, // a note at scale 2, over two cells and two rows
      { x: 1950, y: 600, w: 200, h: 310 }, // a proposal card, grown
      { x: 1100, y: 1000, w: 700, h: 60 }, // a line of text
    ]
    const { spots } = freeSpots(corner, occupied, NOTE, 8)
    for (const spot of spots) for (const box of occupied) expect(boxesOverlap(spot, box)).toBe(false)
    expectNoOverlaps(spots)
  })

  it('keeps the gap between a new item and one already there', () => {
    const { spot } = freeSpot(corner, [{ x: 1032, y: 532, w: 200, h: 200 }], NOTE, 32)
    expect(spot.x - (1032 + 200)).toBeGreaterThanOrEqual(32)
  })

  it('says how tall a full area must grow, keeping its width and padding', () => {
    const { spots, grownHeight } = freeSpots(corner, [], NOTE, 16)
    // 5 columns × 3 rows fit in 900; the 16th note opens a fourth row.
    const last = spots[15]
    expect(last).toEqual({ x: 1032, y: 532 + 3 * 232, w: 200, h: 200 })
    // Padding, four rows of notes with three gaps between them, padding.
    expect(grownHeight).toBe(32 + 4 * 200 + 3 * 32 + 32)
    const grown = { ...corner.box, h: grownHeight ?? 0 }
    for (const spot of spots) expect(inside(spot, grown)).toBe(true)
  })

  it('does not grow an area that still holds everything', () => {
    expect(freeSpots(corner, [], NOTE, 15).grownHeight).toBeNull()
  })

  it('wraps below the view when the view is full, and never reports growth', () => {
    const view: PlacementArea = { box: { x: -700, y: -400, w: 1400, h: 500 }, whenFull: 'wrap', padding: 32 }
    const { spots, grownHeight } = freeSpots(view, [], NOTE, 14)
    expect(grownHeight).toBeNull()
    // (1400 - 64 + 32) / 232 = 5 columns, 2 rows fit in 500 - 64.
    expect(spots.slice(0, 10).every((spot) => inside(spot, view.box))).toBe(true)
    const next = spots[10]
    expect(next && inside(next, view.box)).toBe(false)
    expect(next?.x).toBe(view.box.x + 32)
    expectNoOverlaps(spots)
  })

  it('places odd sizes: a wide card in a narrow area gets one column at the left edge', () => {
    const narrow: PlacementArea = { box: { x: 0, y: 0, w: 300, h: 300 }, whenFull: 'grow', padding: 20 }
    const { spots, grownHeight } = freeSpots(narrow, [], { w: 500, h: 130 }, 3)
    expect(spots.map((s) => s.x)).toEqual([20, 20, 20])
    expectNoOverlaps(spots)
    expect(grownHeight).toBe(20 + 3 * 130 + 2 * 32 + 20)
  })

  it('places 200 notes in a corner crowded with hand-placed notes: none overlap, all inside the grown corner', () => {
    // A deterministic scatter of 40 notes placed by hand, some overlapping each other.
    const scattered: Box[] = Array.from({ length: 40 }, (_, i) => ({
      x: 1000 + ((i * 397) % 1000),
      y: 500 + ((i * 211) % 700),
      w: 200,
      h: 200 + (i % 3) * 40,
    }))
    const { spots, grownHeight } = freeSpots(corner, scattered, NOTE, 200)
    expect(spots).toHaveLength(200)
    expectNoOverlaps(spots)
    for (const spot of spots) for (const box of scattered) expect(boxesOverlap(spot, box)).toBe(false)
    const grown = { ...corner.box, h: grownHeight ?? corner.box.h }
    for (const spot of spots) expect(inside(spot, grown)).toBe(true)
    expect(grown.w).toBe(1200)
  })

  it('gives the same spots one at a time as in one batch', () => {
    const batch = freeSpots(corner, [], NOTE, 7).spots
    const taken: Box[] = []
    for (let i = 0; i < 7; i++) taken.push(freeSpot(corner, taken, NOTE).spot)
    expect(taken).toEqual(batch)
  })
})
