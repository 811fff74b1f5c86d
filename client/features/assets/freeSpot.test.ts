import { describe, expect, it } from 'vitest'
import { freeSpot, type Box } from './freeSpot'

const link: Box = { x: 0, y: 0, w: 600, h: 40 }

describe('freeSpot', () => {
  it('keeps the place when nothing is there', () => {
    expect(freeSpot(link, [{ x: 700, y: 0, w: 200, h: 200 }])).toEqual({ x: 0, y: 0 })
  })

  it('moves below a note it would cover, with a gap', () => {
    expect(freeSpot(link, [{ x: 100, y: -50, w: 200, h: 200 }])).toEqual({ x: 0, y: 166 })
  })

  it('keeps moving down past everything stacked in its column', () => {
    const stack = [
      { x: 100, y: -50, w: 200, h: 200 },
      { x: 400, y: 150, w: 320, h: 240 },
      { x: 0, y: 400, w: 200, h: 200 },
    ]
    const spot = freeSpot(link, stack)
    expect(spot).toEqual({ x: 0, y: 616 })
    for (const obstacle of stack) {
      const clear = spot.y >= obstacle.y + obstacle.h || spot.y + link.h <= obstacle.y
      expect(clear).toBe(true)
    }
  })
})
