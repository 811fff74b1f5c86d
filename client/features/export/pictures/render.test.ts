import { describe, expect, it } from 'vitest'
import { cleanSvg } from './render'

describe('cleanSvg', () => {
  it('drops characters XML forbids and bidi overrides from shapes’ text, and keeps the rest', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Pay\u0000 the \u0007invoice\u202efdp.exe Łódź 東京\tΑθήνα</text></svg>'
    expect(cleanSvg(svg)).toBe('<svg xmlns="http://www.w3.org/2000/svg"><text>Pay the invoicefdp.exe Łódź 東京\tΑθήνα</text></svg>')
  })
})
