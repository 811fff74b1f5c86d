import { describe, expect, it } from 'vitest'
import { testTranslator } from '../i18n/testing'
import { watchingText } from './peopleText'

const t = testTranslator('en')

describe('watchingText', () => {
  it('counts watchers for the people on the board, and says nothing when there are none', () => {
    expect(watchingText(1, false, t)).toBe('1 watching')
    expect(watchingText(12, false, t)).toBe('12 watching')
    expect(watchingText(0, false, t)).toBeNull()
  })

  it('counts a viewer among the watchers', () => {
    expect(watchingText(1, true, t)).toBe('Only you are watching')
    expect(watchingText(3, true, t)).toBe('3 watching, including you')
    // Before the server's count arrives.
    expect(watchingText(0, true, t)).toBe('Watching with a view-only link')
  })
})
