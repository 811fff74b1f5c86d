import { describe, expect, it } from 'vitest'
import { testTranslator } from '../i18n/testing'
import { apiErrorText } from './apiErrorText'

describe('apiErrorText', () => {
  it('puts failures found in the browser into the reader’s language', () => {
    expect(apiErrorText({ id: 'network', message: 'x' }, testTranslator('en'))).toMatch(/Could not reach the Plenary server/)
    expect(apiErrorText({ id: 'network', message: 'x' }, testTranslator('es'))).toMatch(/No se pudo conectar/)
    expect(apiErrorText({ id: 'invalid_response', message: 'x' }, testTranslator('es'))).not.toBe('x')
  })

  it('shows a message the server wrote as it came', () => {
    expect(apiErrorText({ id: 'internal', message: 'The board store is full.', status: 500 }, testTranslator('es'))).toBe(
      'The board store is full.',
    )
  })
})
