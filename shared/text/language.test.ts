import { describe, expect, it } from 'vitest'
import { acceptedLanguages, matchLanguage } from './language'

describe('matchLanguage', () => {
  it('matches a regional tag to its base language and falls back to English', () => {
    expect(matchLanguage(['es-AR'], ['en', 'es'])).toBe('es')
    expect(matchLanguage(['pl', 'ES'], ['en', 'es'])).toBe('es')
    expect(matchLanguage(['ja', 'el'], ['en', 'es'])).toBe('en')
    expect(matchLanguage([], ['en', 'es'])).toBe('en')
  })
})

describe('acceptedLanguages', () => {
  it('orders the tags of an Accept-Language header by weight, keeping the order of equals', () => {
    expect(acceptedLanguages('en;q=0.5, es-AR, es;q=0.9, *;q=0.1, fr;q=0')).toEqual(['es-AR', 'es', 'en'])
    expect(acceptedLanguages('pl, de')).toEqual(['pl', 'de'])
  })

  it('reads nothing from a missing or empty header', () => {
    expect(acceptedLanguages(undefined)).toEqual([])
    expect(acceptedLanguages('')).toEqual([])
  })
})
