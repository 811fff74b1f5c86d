import { describe, expect, it } from 'vitest'
import { watchingText } from './peopleText'

describe('watchingText', () => {
  it('counts watchers for the people on the board, and says nothing when there are none', () => {
    expect(watchingText(1, false)).toBe('1 watching')
    expect(watchingText(12, false)).toBe('12 watching')
    expect(watchingText(0, false)).toBeNull()
  })

  it('counts a viewer among the watchers', () => {
    expect(watchingText(1, true)).toBe('Only you are watching')
    expect(watchingText(3, true)).toBe('3 watching, including you')
    // Before the server's count arrives.
    expect(watchingText(0, true)).toBe('Watching with a view-only link')
  })
})
