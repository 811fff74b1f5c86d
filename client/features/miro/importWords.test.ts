import { describe, expect, it } from 'vitest'
import { MIRO_LOST_CODES } from '../../../shared/miro/messages'
import { ENGLISH_WORDS, PLACEHOLDER_TYPES } from '../../../shared/miro/placeholders'
import { testTranslator } from '../../i18n/testing'
import { lostLines, miroImportWords } from './importWords'

const en = testTranslator('en')
const es = testTranslator('es')

describe('the words a Miro import writes and reports', () => {
  it('labels placeholders in the English the importer writes by default, titled or not', () => {
    const words = miroImportWords(en)
    for (const kind of PLACEHOLDER_TYPES) {
      for (const title of ['Resultados de la encuesta.png', 'Σύνοψη 東京', ''])
        expect(words.placeholder(kind, title)).toBe(ENGLISH_WORDS.placeholder(kind, title))
    }
  })

  it('labels placeholders in Spanish for a Spanish importer', () => {
    const words = miroImportWords(es)
    expect(words.placeholder('image', 'Spółdzielnia — zdjęcie.jpg')).toBe('Imagen “Spółdzielnia — zdjęcie.jpg” — súbela al tablero')
    expect(words.placeholder('document', '')).toBe('Documento — compártelo con la asamblea de otra forma')
  })

  it('says every kind of thing not carried over, with its count, in English and Spanish', () => {
    const lost = MIRO_LOST_CODES.map((code) => ({ code, count: 212 }))
    for (const t of [en, es]) {
      const lines = lostLines({ lost }, t)
      expect(lines).toHaveLength(MIRO_LOST_CODES.length)
      for (const line of lines) {
        expect(line).toContain('212')
        expect(line).not.toContain('miro.lost')
      }
    }
    expect(
      lostLines(
        {
          lost: [
            { code: 'authors', count: 212 },
            { code: 'cardDueDates', count: 1 },
          ],
        },
        en,
      ),
    ).toEqual(['authors of 212 items', 'the due date of 1 card'])
    expect(lostLines({ lost: [{ code: 'frameFills', count: 3 }] }, es)).toEqual(['los colores de fondo de 3 marcos'])
  })
})
