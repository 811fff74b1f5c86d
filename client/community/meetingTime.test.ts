import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isoToLocalInput, localInputToIso } from './meetingTime'

describe('the new meeting date', () => {
  const zone = process.env.TZ
  beforeEach(() => {
    process.env.TZ = 'America/Argentina/Buenos_Aires'
  })
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it('reads the wall-clock time in the browser zone and sends it as UTC', () => {
    expect(localInputToIso('2027-01-14T18:30')).toBe('2027-01-14T21:30:00.000Z')
  })

  it('refuses an empty, partial or impossible date', () => {
    expect(localInputToIso('')).toBeNull()
    expect(localInputToIso('2027-01-14')).toBeNull()
    expect(localInputToIso('2027-02-30T10:00')).toBeNull()
  })

  it('writes an instant back as the input shows it', () => {
    expect(isoToLocalInput(Date.parse('2027-01-14T21:30:00Z'))).toBe('2027-01-14T18:30')
  })
})
