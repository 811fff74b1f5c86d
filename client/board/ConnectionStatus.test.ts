import { describe, expect, it } from 'vitest'
import { testTranslator } from '../i18n/testing'
import { describeConnection } from './ConnectionStatus'

const t = testTranslator('en')

describe('describeConnection', () => {
  it('says connected without detail when nothing is pending', () => {
    expect(describeConnection('connected', 0, t)).toEqual({ label: 'Connected', detail: null })
  })

  it('counts unsent changes while offline or reconnecting', () => {
    expect(describeConnection('offline', 1, t).detail?.long).toBe('1 change not sent yet')
    expect(describeConnection('reconnecting', 3, t).detail).toEqual({ long: '3 changes not sent yet', short: '3 unsent' })
  })

  it('reassures when offline with nothing pending', () => {
    expect(describeConnection('offline', 0, t).detail?.long).toContain('sync when you are back')
  })
})
