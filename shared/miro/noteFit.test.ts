import { describe, expect, it } from 'vitest'
import { noteFontAdjustment } from './noteFit'

describe("a Miro note's text drawn to fit its square", () => {
  it('keeps the size of short text, in any script', () => {
    for (const text of ['Ana Pérez', 'Spółdzielnia Kodu', '東京ワーカーズ', 'Συνεργατική Αθήνας\nψηφοφορία'])
      expect(noteFontAdjustment(text)).toBe(1)
  })

  it('draws longer text smaller, the longer the smaller, and never below a readable floor', () => {
    const sentence = 'Proponemos revisar la escala de cuotas según los ingresos de cada cooperativa. '
    const sizes = [2, 4, 8, 400].map((n) => noteFontAdjustment(sentence.repeat(n)))
    expect(sizes[0]).toBeLessThan(1)
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1] ?? 1)
    expect(sizes[3]).toBeCloseTo(6 / 22)
  })

  it('counts the lines that paragraphs take, not only the characters', () => {
    expect(noteFontAdjustment('a\nb\nc\nd\ne\nf\ng\nh')).toBeLessThan(1)
  })

  it('counts Han, kana and Hangul a full em wide, so they shrink sooner than Latin text as long', () => {
    const japanese = '協同組合の総会で来年度の予算案を審議します。'.repeat(2)
    const korean = '협동조합 총회에서 내년도 예산안을 심의합니다'.repeat(2)
    const latin = 'x'.repeat([...japanese].length)
    expect(noteFontAdjustment(latin)).toBe(1)
    expect(noteFontAdjustment(japanese)).toBeLessThan(1)
    expect(noteFontAdjustment(korean)).toBeLessThan(noteFontAdjustment('x'.repeat([...korean].length)))
  })
})
