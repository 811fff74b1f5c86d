/** The minutes' header names the next meeting, in the export's time zone. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { setNextMeeting } from '../meeting/meeting'
import { boardMinutes } from './minutes'

const AT = Date.UTC(2026, 10, 27, 10, 2)
const NEXT = Date.UTC(2026, 11, 4, 18, 0)

function minutesWith(setup: (doc: Y.Doc) => void, timeZone?: string): string {
  const doc = new Y.Doc()
  setup(doc)
  return boardMinutes(doc, { boardId: 'b', title: 'Assembly', at: AT, ...(timeZone ? { timeZone } : {}) })
}

describe('next meeting in the minutes header', () => {
  it('is absent when none is set', () => {
    expect(minutesWith(() => {})).not.toContain('Next meeting')
  })

  it('follows the minutes date, in UTC by default', () => {
    const minutes = minutesWith((doc) => setNextMeeting(doc, { at: NEXT }))
    expect(minutes).toContain('*Next meeting: 4 December 2026 at 18:00 UTC*')
    expect(minutes.indexOf('*Minutes of')).toBeLessThan(minutes.indexOf('*Next meeting'))
  })

  it("uses the export's time zone and shows the note, escaped", () => {
    const minutes = minutesWith((doc) => setNextMeeting(doc, { at: NEXT, note: 'Online *same* link' }), 'Asia/Tokyo')
    expect(minutes).toContain('*Next meeting: 5 December 2026 at 03:00 GMT+9* (Online \\*same\\* link)')
  })
})
