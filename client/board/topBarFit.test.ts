import { describe, expect, it } from 'vitest'
import { chooseFold, foldCount, foldedLabels, topBarFits, type TopBarMetrics } from './topBarFit'

const ROOMY: TopBarMetrics = { scrollWidth: 1400, clientWidth: 1400, titleWidth: 220, titleNeeds: 220, actionMiddles: [28, 28, 29] }

describe('topBarFits', () => {
  it('fits when nothing overflows, nothing wraps and the title is whole', () => {
    expect(topBarFits(ROOMY)).toBe(true)
  })

  it('does not fit when the bar overflows or the actions wrap onto another row', () => {
    expect(topBarFits({ ...ROOMY, scrollWidth: 1460 })).toBe(false)
    expect(topBarFits({ ...ROOMY, actionMiddles: [28, 28, 68] })).toBe(false)
  })

  it('lets a long title shorten to about 16 characters, but not further', () => {
    expect(topBarFits({ ...ROOMY, titleWidth: 170, titleNeeds: 420 })).toBe(true)
    expect(topBarFits({ ...ROOMY, titleWidth: 90, titleNeeds: 420 })).toBe(false)
    expect(topBarFits({ ...ROOMY, titleWidth: 90, titleNeeds: 90 })).toBe(true)
  })
})

describe('chooseFold', () => {
  it('takes the first fold at which the bar fits', () => {
    expect(chooseFold(() => true, foldCount(7))).toBe(0)
    expect(chooseFold((fold) => fold >= 2, foldCount(7))).toBe(2)
  })

  it('folds everything when even that does not fit', () => {
    expect(chooseFold(() => false, foldCount(7))).toBe(10)
  })
})

describe('foldedLabels', () => {
  it('folds the panel toggles’ words one at a time, after the details and the name', () => {
    expect([0, 1, 2, 3, 4, 9, 10].map((fold) => foldedLabels(fold, 7))).toEqual([0, 0, 0, 1, 2, 7, 7])
  })
})
