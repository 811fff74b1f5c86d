import { describe, expect, it } from 'vitest'
import { createCornerRecord } from '../corners/cornerRecord'
import { rosterOf } from '../corners/testing'
import type { Slot } from '../feature'
import { isGrowthOnly, MAX_GROWN_HEIGHT, withHeight } from './growth'

const [coop] = rosterOf(['Spółdzielnia Kodu'])
if (!coop) throw new Error('no coop')
const corner = createCornerRecord(coop, { x: 0, y: 0, w: 1200, h: 900 }, 'a1')
const slot = (value: unknown): Slot => ({ present: true, value })

describe('isGrowthOnly', () => {
  it('accepts a frame made taller, nothing else changed', () => {
    expect(isGrowthOnly(slot(corner), slot(withHeight(corner, 1400)))).toBe(true)
  })

  it('refuses shrinking, growing past the cap, or growing with any other change', () => {
    expect(isGrowthOnly(slot(corner), slot(withHeight(corner, 600)))).toBe(false)
    expect(isGrowthOnly(slot(corner), slot(withHeight(corner, MAX_GROWN_HEIGHT + 1)))).toBe(false)
    expect(isGrowthOnly(slot(corner), slot({ ...withHeight(corner, 1400), x: 50 }))).toBe(false)
    const renamed = withHeight(corner, 1400)
    expect(isGrowthOnly(slot(corner), slot({ ...renamed, props: { ...(renamed.props as object), w: 2000 } }))).toBe(false)
    expect(isGrowthOnly(slot(corner), slot({ ...withHeight(corner, 1400), meta: {} }))).toBe(false)
  })

  it('refuses creating or deleting', () => {
    expect(isGrowthOnly({ present: false }, slot(corner))).toBe(false)
    expect(isGrowthOnly(slot(corner), { present: false })).toBe(false)
  })
})
