import { describe, expect, it } from 'vitest'
import type { MeasureText } from '../../lib/fitLabel'
import { placeBadges } from './areaBadges'

const measure: MeasureText = (text, size) => [...text].length * size * 0.65

const BOTH = [
  { kind: 'locked', text: 'Bloqueada' },
  { kind: 'anonymous', text: 'Anónima' },
] as const

describe('placeBadges', () => {
  it('puts the badges side by side inside the bottom-right corner', () => {
    const frame = { x: 100, y: 100, w: 800, h: 500 }
    const badges = placeBadges(frame, 1, BOTH, measure)
    expect(badges.map((badge) => badge.kind)).toEqual(['locked', 'anonymous'])
    for (const badge of badges) {
      expect(badge.x).toBeGreaterThanOrEqual(frame.x)
      expect(badge.x + badge.fitted.width).toBeLessThanOrEqual(frame.x + frame.w)
      expect(badge.y + badge.fitted.height).toBeLessThanOrEqual(frame.y + frame.h)
      expect(badge.fitted.fontSize).toBe(11)
    }
    const [locked, anonymous] = badges
    expect((anonymous?.x ?? 0) + (anonymous?.fitted.width ?? 0)).toBeLessThanOrEqual(locked?.x ?? 0)
  })

  it('shrinks with the zoom and leaves out what the frame cannot hold', () => {
    expect(placeBadges({ x: 0, y: 0, w: 140, h: 60 }, 0.2, BOTH, measure).map((badge) => [badge.kind, badge.fitted.fontSize])).toEqual([
      ['locked', 9],
    ])
    expect(placeBadges({ x: 0, y: 0, w: 60, h: 60 }, 0.05, BOTH, measure)).toEqual([])
  })
})
