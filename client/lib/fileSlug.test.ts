import { describe, expect, it } from 'vitest'
import { fileSlug } from './fileSlug'

describe('fileSlug', () => {
  it('keeps letters without their accents and joins words with dashes', () => {
    expect(fileSlug('Asamblea de Octubre — 2025')).toBe('asamblea-de-octubre-2025')
    expect(fileSlug('  Çà et là!  ')).toBe('ca-et-la')
  })

  it('falls back to "board" when no letter or digit is left', () => {
    expect(fileSlug('')).toBe('board')
    expect(fileSlug('— ! —')).toBe('board')
  })

  it('cuts to the given length', () => {
    expect(fileSlug('a'.repeat(100))).toHaveLength(60)
    expect(fileSlug('a'.repeat(100), 80)).toHaveLength(80)
  })
})

describe('fileSlug with letters that have no accent to drop', () => {
  it('spells them as people type them without', () => {
    expect(fileSlug('Spółdzielnia Kodu — Øresund Straße')).toBe('spoldzielnia-kodu-oresund-strasse')
  })
})
