import { describe, expect, it } from 'vitest'
import { BOARD_FEATURES } from '../features/registry'
import { NOTICE_ORDER } from './registryParts'

describe('the notices above the canvas', () => {
  it('stack what runs on a clock first (breakout timer, stage, working groups report), then the vote bar and the area toolbar', () => {
    const ids = NOTICE_ORDER.map((index) => BOARD_FEATURES[index]?.id)
    expect(ids.slice(0, 5)).toEqual(['breakouts', 'stage', 'community', 'voting', 'areas'])
    expect([...NOTICE_ORDER].sort((a, b) => a - b)).toEqual(BOARD_FEATURES.map((_, index) => index))
  })
})
