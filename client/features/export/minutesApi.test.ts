import { describe, expect, it } from 'vitest'
import { minutesPath } from './minutesApi'

describe('minutesPath', () => {
  it('asks for the minutes in the reader’s language and time zone', () => {
    expect(minutesPath('b 1', { language: 'es', timeZone: 'America/Argentina/Buenos_Aires' })).toBe(
      '/api/boards/b%201/export.md?lang=es&tz=America%2FArgentina%2FBuenos_Aires',
    )
  })

  it('leaves the zone to the server (UTC) when the browser does not say', () => {
    expect(minutesPath('b1', { language: 'en', timeZone: null })).toBe('/api/boards/b1/export.md?lang=en')
  })
})
