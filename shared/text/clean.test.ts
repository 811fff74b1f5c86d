import { describe, expect, it } from 'vitest'
import { hasUnseen, stripUnseen } from './clean'

describe('stripUnseen', () => {
  it('removes NUL, BEL, escape sequences and C1 controls but keeps tabs and line breaks', () => {
    expect(stripUnseen('a\u0000b\u0007c\u001b[31md\u0085e\tf\ng')).toBe('abc[31mde\tf\ng')
  })

  it('removes bidirectional overrides, embeddings and isolates, keeping the text in stored order', () => {
    expect(stripUnseen('access\u202e\u2066 level\u2069\u202c')).toBe('access level')
    expect(stripUnseen('\u202aA\u202bB\u202cC\u202dD\u2067E\u2068F')).toBe('ABCDEF')
  })

  it('keeps letters of every script and the bidi marks of right-to-left writing', () => {
    const text = 'Łódź · 東京 · Αθήνα · שלום\u200f · مرحبا\u061c · 👩‍💻'
    expect(stripUnseen(text)).toBe(text)
    expect(hasUnseen(text)).toBe(false)
  })

  it('writes Windows and old Mac line breaks as line feeds', () => {
    expect(stripUnseen('one\r\ntwo\rthree')).toBe('one\ntwo\nthree')
  })

  it('tells whether a text holds anything it would remove, every time it is asked', () => {
    expect(hasUnseen('fine')).toBe(false)
    expect(hasUnseen('bad\u0000')).toBe(true)
    expect(hasUnseen('bad\u0000')).toBe(true)
    expect(hasUnseen('bad\u202e')).toBe(true)
  })
})
