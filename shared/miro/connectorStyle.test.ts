import { describe, expect, it } from 'vitest'
import { arrowBend, arrowhead, arrowSize, isWidthLost, lineDash } from './connectorStyle'

describe("Miro connector styles in tldraw's terms", () => {
  it('keeps dashed and dotted lines dashed and dotted; normal and unknown styles are solid', () => {
    expect(lineDash('dashed')).toBe('dashed')
    expect(lineDash('dotted')).toBe('dotted')
    expect(lineDash('normal')).toBe('solid')
    expect(lineDash(undefined)).toBe('solid')
    expect(lineDash('wavy')).toBe('solid')
  })

  it('bends curved connectors in proportion to their length, and only those', () => {
    const start = { x: 0, y: 0 }
    expect(arrowBend('curved', start, { x: 1000, y: 0 })).toBe(200)
    expect(arrowBend('curved', start, { x: 300, y: 400 })).toBe(100)
    // Short curves stay visibly curved: tldraw snaps bends under 8 px back to straight.
    expect(arrowBend('curved', start, { x: 20, y: 0 })).toBe(16)
    expect(arrowBend('straight', start, { x: 1000, y: 0 })).toBe(0)
    expect(arrowBend('elbowed', start, { x: 1000, y: 0 })).toBe(0)
    expect(arrowBend(undefined, start, { x: 1000, y: 0 })).toBe(0)
  })

  it('draws each stroke width at the nearest tldraw size, and reports what is wider than tldraw draws', () => {
    expect(['1.0', 2, '3', 4, '6', 7.5, '10', 24, undefined, 'thick'].map(arrowSize)).toEqual([
      's',
      's',
      'm',
      'm',
      'l',
      'l',
      'xl',
      'xl',
      's',
      's',
    ])
    expect([undefined, '1.0', 10, '15', 16, '24.0'].map(isWidthLost)).toEqual([false, false, false, false, true, true])
  })

  it('gives every Miro stroke cap the tldraw head that looks like it', () => {
    const caps: Record<string, string> = {
      none: 'none',
      arrow: 'arrow',
      stealth: 'arrow',
      rounded_stealth: 'arrow',
      triangle: 'triangle',
      filled_triangle: 'triangle',
      diamond: 'diamond',
      filled_diamond: 'diamond',
      oval: 'dot',
      filled_oval: 'dot',
      erd_one: 'bar',
      erd_only_one: 'bar',
      erd_zero_or_one: 'bar',
      erd_many: 'inverted',
      erd_one_or_many: 'inverted',
      erd_zero_or_many: 'inverted',
      unknown: 'arrow',
    }
    for (const [cap, head] of Object.entries(caps)) expect(arrowhead(cap, 'none'), cap).toBe(head)
    expect(arrowhead(undefined, 'none')).toBe('none')
    expect(arrowhead(undefined, 'arrow')).toBe('arrow')
  })
})
