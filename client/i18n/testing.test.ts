import { describe, expect, it } from 'vitest'
import { testTranslator } from './testing'

describe('testTranslator', () => {
  it('translates from the shipped files, in the language asked for', () => {
    expect(testTranslator('en')('language.label')).toBe('Language')
    expect(testTranslator('es')('language.label')).toBe('Idioma')
  })
})
