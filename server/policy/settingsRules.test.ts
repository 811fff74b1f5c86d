/** The server's value rule for the facilitator-only settings map: the next meeting's shape. */
import { describe, expect, it } from 'vitest'
import { SETTINGS_MAP } from '../../shared/meeting/meeting'
import { namedMapValueProblem } from './namedMapRules'

describe('settings value rule', () => {
  it('accepts a next meeting and refuses a malformed one', () => {
    expect(namedMapValueProblem(SETTINGS_MAP, 'nextMeeting', { at: Date.UTC(2026, 11, 4, 18), note: 'Same link' })).toBeNull()
    expect(namedMapValueProblem(SETTINGS_MAP, 'nextMeeting', { at: 'Friday' })).toMatchObject({ reason: 'invalid_entry' })
    expect(namedMapValueProblem(SETTINGS_MAP, 'nextMeeting', { at: Date.UTC(2026, 11, 4), where: 'x' })).toMatchObject({
      reason: 'invalid_entry',
    })
  })

  it('leaves other settings keys to their own rules', () => {
    expect(namedMapValueProblem(SETTINGS_MAP, 'timer', 5)).toBeNull()
  })
})
