import { describe, expect, it } from 'vitest'
import { testTranslator } from '../i18n/testing'
import { apiErrorText } from './apiErrorText'

describe('apiErrorText', () => {
  it('puts failures found in the browser into the reader’s language', () => {
    expect(apiErrorText({ id: 'network', message: 'x' }, testTranslator('en'))).toMatch(/Could not reach the Plenary server/)
    expect(apiErrorText({ id: 'network', message: 'x' }, testTranslator('es'))).toMatch(/No se pudo conectar/)
    expect(apiErrorText({ id: 'invalid_response', message: 'x' }, testTranslator('es'))).not.toBe('x')
  })

  it('puts the server’s rate-limit and host refusals into the reader’s language', () => {
    const limited = { id: 'rate_limited', message: 'Too many changes from your address in a short time.', status: 429 } as const
    expect(apiErrorText(limited, testTranslator('es'))).toMatch(/Llegaron demasiados cambios/)
    expect(apiErrorText(limited, testTranslator('en'))).toMatch(/Too many changes came from your network/)
    const host = { id: 'host_not_allowed', message: 'This server does not answer to that host name.', status: 421 } as const
    expect(apiErrorText(host, testTranslator('es'))).toMatch(/no responde a la dirección/)
  })

  it('shows a message the server wrote as it came', () => {
    expect(apiErrorText({ id: 'internal', message: 'The board store is full.', status: 500 }, testTranslator('es'))).toBe(
      'The board store is full.',
    )
  })
})
