import { describe, expect, it } from 'vitest'
import { readServerViewers, readViewerCount } from './viewerCount'

describe('viewer count', () => {
  it('reads the server’s state', () => {
    expect(readServerViewers({ plenary: { viewers: 3 } })).toBe(3)
    expect(readViewerCount(new Map<number, unknown>([[1, { plenary: { viewers: 2 } }]]))).toBe(2)
  })

  it('ignores the key in a browser’s state and anything malformed', () => {
    const states = new Map<number, unknown>([
      [1, { plenary: { viewers: 1 } }],
      [2, { user: { name: 'Mallory' }, plenary: { viewers: 50 } }],
      [3, { plenary: { viewers: -4 } }],
      [4, { plenary: { viewers: 2.5 } }],
      [5, { plenary: { viewers: '9' } }],
      [6, { plenary: null }],
      [7, null],
    ])
    expect(readViewerCount(states)).toBe(1)
  })

  it('is zero before the server has said anything', () => {
    expect(readViewerCount(new Map())).toBe(0)
  })
})
