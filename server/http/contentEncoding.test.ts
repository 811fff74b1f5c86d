import { describe, expect, it } from 'vitest'
import { negotiateEncoding } from './contentEncoding'

const both = ['br', 'gzip'] as const

describe('choosing the content coding from Accept-Encoding', () => {
  it('sends brotli to a browser that accepts everything equally, as browsers do', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd', both)).toBe('br')
    expect(negotiateEncoding('gzip, deflate', both)).toBe('gzip')
  })

  it('follows the quality the browser gives each coding', () => {
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8', both)).toBe('gzip')
    expect(negotiateEncoding('gzip;q=1.0, br;q=0.999', both)).toBe('gzip')
    expect(negotiateEncoding('BR ; Q=1, GZIP', both)).toBe('br')
  })

  it('never sends a coding the header refuses with q=0', () => {
    expect(negotiateEncoding('br;q=0, gzip', both)).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip;q=0', both)).toBe('identity')
    expect(negotiateEncoding('*;q=0, identity', both)).toBe('identity')
  })

  it('lets a wildcard stand for the codings the header does not name', () => {
    expect(negotiateEncoding('*', both)).toBe('br')
    expect(negotiateEncoding('br;q=0, *', both)).toBe('gzip')
    expect(negotiateEncoding('x-gzip', both)).toBe('gzip')
  })

  it('sends the bytes as they are without a header, for an empty one, or when no variant exists', () => {
    expect(negotiateEncoding(undefined, both)).toBe('identity')
    expect(negotiateEncoding('', both)).toBe('identity')
    expect(negotiateEncoding('identity', both)).toBe('identity')
    expect(negotiateEncoding('br, gzip', [])).toBe('identity')
    expect(negotiateEncoding('br', ['gzip'])).toBe('identity')
  })

  it('prefers identity to a coding rated lower, and sends it even when every choice is refused', () => {
    expect(negotiateEncoding('identity;q=1, br;q=0.2', both)).toBe('identity')
    expect(negotiateEncoding('identity;q=0, br;q=0, gzip;q=0', both)).toBe('identity')
  })

  it('reads a malformed weight as a refusal, and ignores other parameters', () => {
    expect(negotiateEncoding('br;q=high, gzip', both)).toBe('gzip')
    expect(negotiateEncoding('br;level=5, gzip', both)).toBe('br')
  })
})
