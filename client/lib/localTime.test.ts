import { describe, expect, it } from 'vitest'
import { formatLocalTime, formatUtcTime } from './localTime'

const AT = Date.UTC(2026, 10, 27, 9, 5)

describe('local times', () => {
  it('shows the moment in the reader’s zone and language', () => {
    expect(formatLocalTime(AT, 'en-GB', 'time', 'Asia/Tokyo')).toBe('18:05')
    expect(formatLocalTime(AT, 'es', 'dateTime', 'America/Argentina/Buenos_Aires')).toBe('27 nov 2026, 6:05')
  })

  it('gives the same moment in UTC for the hover text', () => {
    expect(formatUtcTime(AT, 'en-GB')).toBe('27 Nov 2026, 09:05 UTC')
  })

  it('shows nothing for a time that is not one', () => {
    expect(formatLocalTime(Number.NaN, 'en')).toBe('')
  })
})
