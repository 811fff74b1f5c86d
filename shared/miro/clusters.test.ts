import { describe, expect, it } from 'vitest'
import type { Box } from '../geometry'
import { clusterBoxes, farGap, MIN_FAR_GAP } from './clusters'
import { boxGap } from './geometry'

/** A 200 × 200 note with its top-left corner at (x, y). */
const note = (x: number, y: number): Box => ({ x, y, w: 200, h: 200 })

/** Frames of 1,900 × 1,360 in a row, 200 px apart, starting at `x`. */
const frames = (count: number, x: number): Box[] => Array.from({ length: count }, (_, i) => ({ x: x + i * 2100, y: 0, w: 1900, h: 1360 }))

describe('boxGap', () => {
  it('is 0 for touching or overlapping boxes, the straight gap side by side, the corner distance diagonally', () => {
    expect(boxGap(note(0, 0), note(200, 0))).toBe(0)
    expect(boxGap(note(0, 0), note(100, 100))).toBe(0)
    expect(boxGap(note(0, 0), note(500, 50))).toBe(300)
    expect(boxGap(note(0, 0), note(500, 600))).toBe(500)
  })
})

describe('farGap', () => {
  it('is ten times the usual spacing, leaving out the longest gap the question is about', () => {
    expect(farGap([600, 700, 800, 40_000])).toBe(7000)
  })

  it('is never under two screens, however tight the board', () => {
    expect(farGap([0, 0, 0, 30])).toBe(MIN_FAR_GAP)
    expect(farGap([])).toBe(MIN_FAR_GAP)
  })
})

describe('clusterBoxes', () => {
  it('sets a note left 40,000 px away apart from a board of frames', () => {
    const boxes = [...frames(5, 0), note(50_000, 300)]
    expect(clusterBoxes(boxes)).toEqual([[0, 1, 2, 3, 4], [5]])
  })

  it('keeps a board of frames and loose notes beside them together', () => {
    const boxes = [...frames(3, 0), note(6500, 0), note(6500, 400), note(-600, 1200)]
    expect(clusterBoxes(boxes)).toEqual([[0, 1, 2, 3, 4, 5]])
  })

  it('keeps an evenly sparse board whole: no gap stands out from the others', () => {
    const boxes = Array.from({ length: 10 }, (_, i) => note(i * 5000, (i % 2) * 3000))
    expect(clusterBoxes(boxes)).toHaveLength(1)
  })

  it('finds two groups of frames 30,000 px apart, in the order of their first box', () => {
    const boxes = [...frames(2, 30_000), ...frames(3, 0)]
    expect(clusterBoxes(boxes)).toEqual([
      [0, 1],
      [2, 3, 4],
    ])
  })

  it('answers for one box and for none', () => {
    expect(clusterBoxes([note(0, 0)])).toEqual([[0]])
    expect(clusterBoxes([])).toEqual([])
  })
})
