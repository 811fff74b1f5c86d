import { describe, expect, it } from 'vitest'
import { ELLIPSIS, fitLabel, placeLabel, wordUnits, type LabelSpec, type MeasureText } from './fitLabel'

// Every character is 0.6 em wide, a bold one 0.65 em: close to a sans-serif's average.
const measure: MeasureText = (text, size, weight) => [...text].length * size * (weight >= 600 ? 0.65 : 0.6)

const CORNER: LabelSpec = {
  pageFontSize: 40,
  minFontSize: 9,
  maxFontSize: 13,
  fontWeight: 650,
  lineHeight: 1.3,
  maxLines: 2,
  chromeWidth: 15,
  chromeHeight: 6,
  inset: 6,
}

const NAMES = [
  'Spółdzielnia Programistów Łódzkich Wolne Oprogramowanie',
  'Colectivo Código Abierto de Trabajadoras y Trabajadores',
  'Συνεταιρισμός Ελεύθερου Λογισμικού Θεσσαλονίκης',
  '東京技術者協同組合',
  'Kōdo Kyōdō Kumiai',
  'Northwind Workers Co-op, Ireland',
]

/** The shown text without its ellipsis ends where a word of `full` ends. */
function endsAtWordBoundary(shown: string, full: string): boolean {
  const prefix = shown.endsWith(ELLIPSIS) ? shown.slice(0, -1) : shown
  if (!full.startsWith(prefix)) return false
  let at = 0
  for (const unit of wordUnits(full)) {
    at += unit.length
    if (full.slice(0, at).trimEnd() === prefix) return true
  }
  return false
}

describe('wordUnits', () => {
  it('keeps words whole, with the punctuation that clings to them', () => {
    expect(wordUnits('Northwind Workers Co-op, Ireland')).toEqual(['Northwind', ' ', 'Workers', ' ', 'Co-op,', ' ', 'Ireland'])
  })

  it('breaks Japanese between dictionary words, never inside one', () => {
    const units = wordUnits('東京技術者協同組合')
    expect(units.join('')).toBe('東京技術者協同組合')
    expect(units.length).toBeGreaterThan(1)
    expect(units).toContain('東京')
  })
})

describe('fitLabel', () => {
  it('shows a short name whole at the zoom’s size when the frame is roomy', () => {
    const label = fitLabel('Cooperativa Sur', { w: 400, h: 300 }, 0.3, CORNER, measure)
    expect(label).toMatchObject({ fontSize: 12, lines: ['Cooperativa Sur'], shortened: false })
  })

  it('shrinks the font with the zoom, down to its minimum', () => {
    const sizes = [0.3, 0.25, 0.2, 0.1, 0.02].map((zoom) => fitLabel('Sur', { w: 400, h: 300 }, zoom, CORNER, measure)?.fontSize)
    expect(sizes).toEqual([12, 10, 9, 9, 9])
  })

  it('takes a smaller font before it shortens the name', () => {
    // 17 characters: 133 px at 12 px, 122 px at 11 px; the frame leaves 123 px.
    const label = fitLabel('Kōdo Kyōdō Kumiai', { w: 150, h: 40 }, 0.3, { ...CORNER, maxLines: 1 }, measure)
    expect(label).toMatchObject({ lines: ['Kōdo Kyōdō Kumiai'], shortened: false })
    expect(label?.fontSize).toBeLessThan(12)
  })

  it('wraps a long name onto its lines at word boundaries', () => {
    const label = fitLabel('Colectivo Código Abierto', { w: 140, h: 200 }, 0.25, CORNER, measure)
    expect(label?.lines).toEqual(['Colectivo Código', 'Abierto'])
    expect(label?.shortened).toBe(false)
  })

  it('shortens at a word boundary with an ellipsis, never inside a word, in any script', () => {
    for (const name of NAMES) {
      for (const width of [60, 80, 120, 160, 220]) {
        const label = fitLabel(name, { w: width, h: 30 }, 0.05, CORNER, measure)
        if (!label) continue
        expect(label.lines).toHaveLength(1)
        const shown = label.lines[0] ?? ''
        expect(endsAtWordBoundary(shown, name), `${name} at ${width}px: "${shown}"`).toBe(true)
        expect(label.shortened).toBe(shown !== name)
        if (label.shortened) expect(shown.endsWith(ELLIPSIS)).toBe(true)
      }
    }
  })

  it('keeps the label’s box inside the frame', () => {
    for (const name of NAMES) {
      for (const [w, h] of [
        [50, 20],
        [90, 30],
        [150, 40],
        [300, 60],
        [800, 500],
      ] as const) {
        for (const zoom of [0.02, 0.1, 0.27]) {
          const label = fitLabel(name, { w, h }, zoom, CORNER, measure)
          if (!label) continue
          expect(label.width + 2 * CORNER.inset).toBeLessThanOrEqual(w)
          expect(label.height + 2 * CORNER.inset).toBeLessThanOrEqual(h)
          for (const line of label.lines)
            expect(measure(line, label.fontSize, CORNER.fontWeight)).toBeLessThanOrEqual(w - 2 * CORNER.inset - CORNER.chromeWidth)
        }
      }
    }
  })

  it('hides the label when the frame cannot hold one word and an ellipsis', () => {
    expect(fitLabel('Spółdzielnia Programistów', { w: 50, h: 200 }, 0.1, CORNER, measure)).toBeNull()
    expect(fitLabel('Sur', { w: 300, h: 15 }, 0.1, CORNER, measure)).toBeNull()
    expect(fitLabel('Sur', { w: 10, h: 300 }, 0.1, CORNER, measure)).toBeNull()
  })

  it('shows a single word whole or not at all', () => {
    const badge: LabelSpec = { ...CORNER, pageFontSize: 12, minFontSize: 9, maxFontSize: 11, maxLines: 1, chromeWidth: 31 }
    expect(fitLabel('Bloqueada', { w: 120, h: 40 }, 1, badge, measure)?.lines).toEqual(['Bloqueada'])
    expect(fitLabel('Bloqueada', { w: 70, h: 40 }, 1, badge, measure)).toBeNull()
  })

  it('adds the secondary lines that fit, shortened at word boundaries, and says something was left out', () => {
    const group: LabelSpec = {
      ...CORNER,
      pageFontSize: 15,
      minFontSize: 10,
      maxFontSize: 15,
      maxLines: 2,
      secondaryScale: 0.8,
      secondaryWeight: 400,
    }
    const members = 'Ana Ríos, Bożena Łukasiewicz, 田中 花子, Νίκος Παπαδόπουλος'
    const roomy = fitLabel('Housing', { w: 900, h: 300 }, 1, group, measure, [members, 'Rapporteur: Ana Ríos'])
    expect(roomy?.secondary).toEqual([members, 'Rapporteur: Ana Ríos'])
    expect(roomy?.shortened).toBe(false)

    const narrow = fitLabel('Housing', { w: 200, h: 300 }, 1, group, measure, [members, 'Rapporteur: Ana Ríos'])
    expect(narrow?.secondary[0]?.endsWith(ELLIPSIS)).toBe(true)
    expect(endsAtWordBoundary(narrow?.secondary[0] ?? '', members)).toBe(true)
    expect(narrow?.shortened).toBe(true)

    const low = fitLabel('Housing', { w: 900, h: 50 }, 1, group, measure, [members, 'Rapporteur: Ana Ríos'])
    expect(low?.secondary.length).toBeLessThan(2)
    expect((low?.height ?? 0) + 2 * group.inset).toBeLessThanOrEqual(50)
    expect(low?.shortened).toBe(true)
  })
})

describe('placeLabel', () => {
  it('puts a label in the top-left or bottom-right corner, inset', () => {
    const frame = { x: 100, y: 50, w: 300, h: 200 }
    expect(placeLabel(frame, { width: 80, height: 20 }, 'top-left', 6)).toEqual({ x: 106, y: 56 })
    expect(placeLabel(frame, { width: 80, height: 20 }, 'bottom-right', 6)).toEqual({ x: 314, y: 224 })
  })
})
