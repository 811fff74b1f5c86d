import { describe, expect, it } from 'vitest'
import { describeConnection } from './ConnectionStatus'

describe('describeConnection', () => {
  it('says connected without detail when nothing is pending', () => {
    expect(describeConnection('connected', 0)).toEqual({ label: 'Connected', detail: null })
  })

  it('counts unsent changes while offline or reconnecting', () => {
    expect(describeConnection('offline', 1).detail?.long).toBe('1 change not sent yet')
    expect(describeConnection('reconnecting', 3).detail).toEqual({ long: '3 changes not sent yet', short: '3 unsent' })
  })

  it('reassures when offline with nothing pending', () => {
    expect(describeConnection('offline', 0).detail?.long).toContain('sync when you are back')
  })
})
