import { describe, expect, it } from 'vitest'
import { ELLIPSIS, shortenText } from './shortenText'

describe('shortenText', () => {
  it('keeps a text that fits as it is', () => {
    expect(shortenText('Cooperativa Sur', 15)).toBe('Cooperativa Sur')
  })

  it('cuts at the last word boundary before the limit and ends with an ellipsis', () => {
    const text = 'Spółdzielnia Kodu builds software for housing cooperatives in Łódź and Kraków'
    const short = shortenText(text, 40)
    expect(short).toBe('Spółdzielnia Kodu builds software for…')
    expect(short.length).toBeLessThanOrEqual(40)
  })

  it('cuts a text without spaces at the limit, never between the halves of a surrogate pair', () => {
    const text = '𠮷'.repeat(10) // each is two UTF-16 units
    const short = shortenText(text, 6)
    expect(short.length).toBeLessThanOrEqual(6)
    expect(short.endsWith(ELLIPSIS)).toBe(true)
    expect([...short.slice(0, -1)].every((char) => char === '𠮷')).toBe(true)
    expect(shortenText('神戸コード協同組合は関西で活動しています', 8)).toBe('神戸コード協同…')
  })

  it('shortens several paragraphs of Greek to a description limit', () => {
    const text = 'Συνεταιρισμός λογισμικού για την κοινότητα. '.repeat(200)
    const short = shortenText(text, 5000)
    expect(short.length).toBeLessThanOrEqual(5000)
    expect(short.length).toBeGreaterThan(4900)
    expect(short).toMatch(/\S…$/)
  })
})
