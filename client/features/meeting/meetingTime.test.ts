/** The chip's "Fri 4 Dec, 18:00": the weekday-and-time style of LocalTime, in the reader's zone and language. */
import { describe, expect, it } from 'vitest'
import { formatLocalTime } from '../../lib/localTime'

const DEC_4_17_UTC = Date.UTC(2026, 11, 4, 17, 0)

describe('weekdayTime', () => {
  it('names the weekday and the time in the reader’s own zone', () => {
    expect(formatLocalTime(DEC_4_17_UTC, 'en-GB', 'weekdayTime', 'Europe/Madrid')).toBe('Fri 4 Dec, 18:00')
    expect(formatLocalTime(DEC_4_17_UTC, 'en-GB', 'weekdayTime', 'Asia/Tokyo')).toBe('Sat 5 Dec, 02:00')
  })

  it('speaks the reader’s language', () => {
    expect(formatLocalTime(DEC_4_17_UTC, 'es', 'weekdayTime', 'America/Argentina/Buenos_Aires')).toBe('vie, 4 dic, 14:00')
  })
})
