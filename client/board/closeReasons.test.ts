import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../shared/protocol'
import { testTranslator } from '../i18n/testing'
import { describePermanentClose } from './closeReasons'

const t = testTranslator('en')

describe('describePermanentClose', () => {
  it('explains every permanent code the server sends in its own words', () => {
    const title = (code: number) => describePermanentClose({ code, reason: 'terse log reason' }, t).title
    expect(title(CloseCode.unauthorized)).toBe('This link doesn’t open this board')
    expect(title(CloseCode.linkRevoked)).toMatch(/replaced by a facilitator/)
    expect(title(CloseCode.originNotAllowed)).toMatch(/this address/)
    expect(title(CloseCode.boardNotFound)).toMatch(/does not exist/)
    expect(title(CloseCode.updateRefused)).toMatch(/could not be accepted/)
    expect(describePermanentClose({ code: CloseCode.updateRefused, reason: '' }, t).reload).toBe(true)
  })

  it('falls back to the server’s reason, then the code, for codes it does not know', () => {
    expect(describePermanentClose({ code: 4499, reason: 'Board archived' }, t).body).toContain('Board archived')
    expect(describePermanentClose({ code: 4499, reason: ' ' }, t).body).toContain('4499')
  })
})
