import { describe, expect, it } from 'vitest'
import { stripUnseenDeep } from './cleanJson'

describe('stripUnseenDeep', () => {
  it('strips control characters and bidi overrides from every string and key, at any depth', () => {
    const value = {
      'shape:a\u202e': {
        props: { richText: { content: [{ type: 'text', text: 'Pay\u0000 \u0007now\u202egnp.exe' }] } },
        tags: ['ok', 'b\u2066ad\u2069'],
      },
      count: 3,
      open: true,
      none: null,
    }
    expect(stripUnseenDeep(value)).toEqual({
      'shape:a': { props: { richText: { content: [{ type: 'text', text: 'Pay now' + 'gnp.exe' }] } }, tags: ['ok', 'bad'] },
      count: 3,
      open: true,
      none: null,
    })
  })

  it('passes text of every script unchanged and leaves the input as it was', () => {
    const value = { names: ['Łucja Wąsowska', '佐藤 花子', 'Γιώργος Παπαδόπουλος', 'José Núñez', 'שלום\u200f', '👩🏽‍💻 coop'] }
    const before = structuredClone(value)
    expect(stripUnseenDeep(value)).toEqual(value)
    const dirty = { text: 'a\u0000' }
    stripUnseenDeep(dirty)
    expect(dirty.text).toBe('a\u0000')
    expect(value).toEqual(before)
  })

  it('keeps a "__proto__" key an ordinary key', () => {
    const value = JSON.parse('{"__proto__": {"polluted": "x\\u0000"}}') as unknown
    const cleaned = stripUnseenDeep(value)
    expect(JSON.stringify(cleaned)).toBe('{"__proto__":{"polluted":"x"}}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
