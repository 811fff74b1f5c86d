import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { asError, asObject, errorMessage, nonBlankText, readWith, textUpTo, timeMs, wholeNumber } from './values'

describe('readWith', () => {
  const read = readWith(z.object({ id: z.string(), tags: z.array(z.string()) }))

  it('returns the value as the schema outputs it: unknown keys dropped, arrays copied', () => {
    const tags = ['a']
    const value = read({ id: 'x', tags, extra: 1 })
    expect(value).toEqual({ id: 'x', tags: ['a'] })
    expect(value).not.toHaveProperty('extra')
    expect(value?.tags).not.toBe(tags)
  })

  it('reads anything that is not a matching object as null', () => {
    for (const value of [undefined, null, 'x', 3, [], [{ id: 'x', tags: [] }], { id: 1, tags: [] }]) expect(read(value)).toBeNull()
  })
})

describe('value schemas', () => {
  it('count text in UTF-16 units, as String.length and every stored limit do', () => {
    // Three emoji are three code points but six units: zod's own .max() would let them through.
    expect(textUpTo(5).safeParse('😀😀😀').success).toBe(false)
    expect(textUpTo(6).safeParse('😀😀😀').success).toBe(true)
  })

  it('refuse blank text and keep the rest as given', () => {
    expect(nonBlankText(10).safeParse('   ').success).toBe(false)
    expect(nonBlankText(10).parse(' a ')).toBe(' a ')
  })

  it('take times as finite and not before the epoch, whole numbers of any size', () => {
    for (const bad of [Number.NaN, Infinity, -1]) expect(timeMs.safeParse(bad).success).toBe(false)
    expect(timeMs.safeParse(0).success).toBe(true)
    expect(wholeNumber.safeParse(1e20).success).toBe(true)
    expect(wholeNumber.safeParse(1.5).success).toBe(false)
  })
})

describe('asObject and errorMessage', () => {
  it('narrow loose values', () => {
    expect(asObject({ a: 1 })).toEqual({ a: 1 })
    expect(asObject([1])).toBeNull()
    expect(asObject(null)).toBeNull()
    expect(errorMessage(new Error('boom'))).toBe('boom')
    expect(errorMessage('plain')).toBe('plain')
  })

  it('asError keeps an Error and wraps anything else, keeping it as the cause', () => {
    const error = new TypeError('Łódź')
    expect(asError(error)).toBe(error)
    const wrapped = asError({ code: 57014 })
    expect(wrapped).toBeInstanceOf(Error)
    expect(wrapped.message).toBe('[object Object]')
    expect(wrapped.cause).toEqual({ code: 57014 })
    expect(asError('東京 timeout').message).toBe('東京 timeout')
  })
})
