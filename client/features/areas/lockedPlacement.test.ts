import { describe, expect, it } from 'vitest'
import { OUTSIDE_GAP, placementOutside } from './lockedPlacement'

describe('placement outside a locked area', () => {
  const area = { minX: 100, minY: 100, maxX: 500, maxY: 400 }

  it('puts the shape just right of the area, at the same height', () => {
    expect(placementOutside({ x: 250, y: 200 }, area)).toEqual({ x: 500 + OUTSIDE_GAP, y: 200 })
  })

  it('keeps it level with the area when it was meant above or below', () => {
    expect(placementOutside({ x: 250, y: 20 }, area)).toEqual({ x: 500 + OUTSIDE_GAP, y: 100 })
    expect(placementOutside({ x: 250, y: 900 }, area, 10)).toEqual({ x: 510, y: 400 })
  })
})
