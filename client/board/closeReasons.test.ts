import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../shared/protocol'
import { describePermanentClose } from './closeReasons'

describe('describePermanentClose', () => {
  it('prefers the server’s reason', () => {
    expect(describePermanentClose({ code: CloseCode.boardNotFound, reason: 'Board deleted by the facilitator' })).toBe(
      'Board deleted by the facilitator',
    )
  })

  it('explains known codes without a reason', () => {
    expect(describePermanentClose({ code: CloseCode.boardNotFound, reason: '' })).toContain('no longer has this board')
    expect(describePermanentClose({ code: 4499, reason: ' ' })).toContain('4499')
  })
})
