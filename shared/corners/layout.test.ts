import { describe, expect, it } from 'vitest'
import { boxesOverlap, type Box } from '../geometry'
import { DEFAULT_CORNER_GRID, gridColumns, placeCorners } from './layout'

const { cornerWidth, cornerHeight, gap } = DEFAULT_CORNER_GRID

function assertNoOverlaps(boxes: readonly Box[], others: readonly Box[] = []): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false)
    for (const other of others) expect(boxesOverlap(boxes[i]!, other)).toBe(false)
  }
}

describe('placeCorners', () => {
  it('puts a single corner at the origin of an empty board', () => {
    expect(placeCorners(1, [])).toEqual([{ x: 0, y: 0, w: cornerWidth, h: cornerHeight }])
  })

  it('lays 31 corners in a tidy grid of equal cells, row by row', () => {
    const boxes = placeCorners(31, [])
    expect(boxes).toHaveLength(31)
    assertNoOverlaps(boxes)
    const columns = gridColumns(31)
    expect(columns).toBe(7)
    const xs = new Set(boxes.map((b) => b.x))
    const ys = new Set(boxes.map((b) => b.y))
    expect(xs.size).toBe(columns)
    expect(ys.size).toBe(Math.ceil(31 / columns))
    expect(boxes[columns]).toEqual({ x: 0, y: cornerHeight + gap, w: cornerWidth, h: cornerHeight })
  })

  it('handles 200 corners without overlaps, in a roughly square region', () => {
    const boxes = placeCorners(200, [])
    expect(boxes).toHaveLength(200)
    assertNoOverlaps(boxes)
    const width = Math.max(...boxes.map((b) => b.x + b.w))
    const height = Math.max(...boxes.map((b) => b.y + b.h))
    expect(width / height).toBeGreaterThan(0.8)
    expect(width / height).toBeLessThan(2.5)
  })

  it('starts to the right of existing content, never covering it', () => {
    const content: Box[] = [
      { x: -500, y: -300, w: 800, h: 600 },
      { x: 400, y: 900, w: 200, h: 200 },
    ]
    const boxes = placeCorners(12, content)
    assertNoOverlaps(boxes, content)
    expect(Math.min(...boxes.map((b) => b.x))).toBeGreaterThan(600)
  })

  it('continues the grid of existing corners and skips cells that something else occupies', () => {
    const first = placeCorners(4, [])
    // A note was dropped right where the fifth corner would go.
    const stray: Box = { x: first[0]!.x + 1 * (cornerWidth + gap) + 100, y: cornerHeight + gap + 50, w: 200, h: 200 }
    const next = placeCorners(3, [stray], first)
    assertNoOverlaps([...first, ...next], [stray])
    expect(next.every((b) => b.x >= first[0]!.x && b.y >= first[0]!.y)).toBe(true)
  })

  it('places nothing for zero corners', () => {
    expect(placeCorners(0, [])).toEqual([])
  })
})
