import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  clearNextMeeting,
  instantFromLocalInput,
  localInputFromInstant,
  MAX_NEXT_MEETING_NOTE,
  nextMeetingProblem,
  readNextMeeting,
  setNextMeeting,
  settingsEntryProblem,
  SETTINGS_MAP,
} from './meeting'

const DEC_4 = Date.UTC(2026, 11, 4, 18, 0)

describe('nextMeetingProblem', () => {
  it('accepts a time with or without a note', () => {
    expect(nextMeetingProblem({ at: DEC_4 })).toBeNull()
    expect(nextMeetingProblem({ at: DEC_4, note: 'Online, same link' })).toBeNull()
  })

  it('refuses what is not a plausible instant', () => {
    expect(nextMeetingProblem(null)).not.toBeNull()
    expect(nextMeetingProblem([DEC_4])).not.toBeNull()
    expect(nextMeetingProblem({})).not.toBeNull()
    expect(nextMeetingProblem({ at: '2026-12-04T18:00' })).not.toBeNull()
    expect(nextMeetingProblem({ at: Number.NaN })).not.toBeNull()
    expect(nextMeetingProblem({ at: DEC_4 + 0.5 })).not.toBeNull()
    expect(nextMeetingProblem({ at: -1 })).not.toBeNull()
    expect(nextMeetingProblem({ at: Date.UTC(10000, 0, 1) })).not.toBeNull()
  })

  it('refuses a long or non-text note and unknown fields', () => {
    expect(nextMeetingProblem({ at: DEC_4, note: 'x'.repeat(MAX_NEXT_MEETING_NOTE + 1) })).not.toBeNull()
    expect(nextMeetingProblem({ at: DEC_4, note: 3 })).not.toBeNull()
    expect(nextMeetingProblem({ at: DEC_4, where: 'Tokyo' })).toMatch(/where/)
  })
})

describe('settingsEntryProblem', () => {
  it('checks nextMeeting and leaves other settings to their own rules', () => {
    expect(settingsEntryProblem('nextMeeting', { at: DEC_4 })).toBeNull()
    expect(settingsEntryProblem('nextMeeting', 'Thursday')).not.toBeNull()
    expect(settingsEntryProblem('somethingElse', 'Thursday')).toBeNull()
  })
})

describe('next meeting in the document', () => {
  it('is stored as UTC ms, read back, and cleared', () => {
    const doc = new Y.Doc()
    expect(readNextMeeting(doc)).toBeNull()
    setNextMeeting(doc, { at: DEC_4, note: '  ' })
    expect(doc.getMap(SETTINGS_MAP).get('nextMeeting')).toEqual({ at: DEC_4 })
    setNextMeeting(doc, { at: DEC_4, note: ' Same link ' })
    expect(readNextMeeting(doc)).toEqual({ at: DEC_4, note: 'Same link' })
    clearNextMeeting(doc)
    expect(readNextMeeting(doc)).toBeNull()
  })

  it('ignores a malformed stored value', () => {
    const doc = new Y.Doc()
    doc.getMap(SETTINGS_MAP).set('nextMeeting', { at: 'soon' })
    expect(readNextMeeting(doc)).toBeNull()
  })
})

describe('datetime-local values', () => {
  it('round-trip through the browser zone', () => {
    const at = instantFromLocalInput('2026-12-04T18:00')
    expect(at).not.toBeNull()
    expect(localInputFromInstant(at ?? 0)).toBe('2026-12-04T18:00')
    expect(new Date(at ?? 0).getHours()).toBe(18)
  })

  it('refuses empty or malformed input', () => {
    expect(instantFromLocalInput('')).toBeNull()
    expect(instantFromLocalInput('2026-12-04')).toBeNull()
    expect(instantFromLocalInput('2026-13-45T99:99')).toBeNull()
    expect(instantFromLocalInput('2026-12-04T18:00Z')).toBeNull()
  })
})
