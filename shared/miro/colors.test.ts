import { DEFAULT_THEME } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { NOTE_COLORS } from '../notes'
import { deltaE2000, parseHexColor, rgbToLab } from './colorDifference'
import {
  isBlankFill,
  MIRO_STICKY_COLORS,
  MIRO_STICKY_HEX,
  nearestColor,
  solidColor,
  stickyColor,
  TLDRAW_NOTE_FILLS,
  TLDRAW_SOLIDS,
  type MiroStickyColor,
} from './colors'

function rgb(hex: string) {
  const value = parseHexColor(hex)
  if (!value) throw new Error(`not a colour: ${hex}`)
  return value
}

/** The documented table (docs/MIRO.md, "Colours"). */
const DOCUMENTED: [MiroStickyColor, string][] = [
  ['gray', 'white'],
  ['light_yellow', 'black'],
  ['yellow', 'black'],
  ['orange', 'orange'],
  ['light_green', 'light-green'],
  ['green', 'light-green'],
  ['dark_green', 'light-green'],
  ['cyan', 'green'],
  ['light_pink', 'light-red'],
  ['pink', 'light-red'],
  ['violet', 'light-violet'],
  ['red', 'light-red'],
  ['light_blue', 'light-blue'],
  ['blue', 'light-blue'],
  ['dark_blue', 'blue'],
  ['black', 'grey'],
]

describe('CIEDE2000', () => {
  // Pairs from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, -1, 2], [50, 0, 0], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  ] as const)('gives the published difference for %j and %j', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4)
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4)
  })

  it('converts sRGB to CIELAB', () => {
    const [l, a, b] = rgbToLab([255, 255, 255])
    expect([l, a, b].map((v) => v.toFixed(3))).toEqual(['100.000', '-0.000', '0.000'])
    const red = rgbToLab([255, 0, 0])
    expect(red[0]).toBeCloseTo(53.24, 1)
    expect(red[1]).toBeCloseTo(80.09, 1)
    expect(red[2]).toBeCloseTo(67.2, 1)
  })
})

describe('Miro colours', () => {
  it('use the note fills and stroke colours tldraw renders in its light theme', () => {
    const light = DEFAULT_THEME.colors.light
    for (const color of NOTE_COLORS) {
      expect(TLDRAW_NOTE_FILLS[color].toLowerCase()).toBe(light[color].noteFill.toLowerCase())
      const solid = TLDRAW_SOLIDS[color]
      if (solid) expect(solid.toLowerCase()).toBe(light[color].solid.toLowerCase())
    }
  })

  it('map each Miro sticky colour to the tldraw note that looks closest', () => {
    for (const [name, hex] of Object.entries(MIRO_STICKY_HEX) as [MiroStickyColor, string][]) {
      expect(MIRO_STICKY_COLORS[name], name).toBe(nearestColor(rgb(hex), TLDRAW_NOTE_FILLS).color)
    }
    expect(Object.keys(MIRO_STICKY_COLORS).sort()).toEqual(Object.keys(MIRO_STICKY_HEX).sort())
  })

  it.each(DOCUMENTED)('map %s to its documented tldraw colour, %s', (miro, tldraw) => {
    expect(stickyColor(miro)).toBe(tldraw)
  })

  it('map a hex sticky colour like the named colour of that value', () => {
    for (const [name, hex] of Object.entries(MIRO_STICKY_HEX) as [MiroStickyColor, string][]) {
      expect(stickyColor(hex.toUpperCase()), name).toBe(MIRO_STICKY_COLORS[name])
    }
    expect(stickyColor('#fc8282')).toBe('red')
  })

  it('keep neutral colours neutral, though tldraw has no dark note', () => {
    expect(stickyColor('#1a1a1a')).toBe('grey')
    expect(stickyColor('#e6e6e6')).toBe('white')
    expect(solidColor('#808080')).toBe('grey')
  })

  it('pick the nearest tldraw stroke colour for hex shapes and text', () => {
    expect(solidColor('#e6393c')).toBe('red')
    expect(solidColor('#2d9bf0')).toBe('light-blue')
    expect(solidColor('#1a1a1a')).toBe('black')
    expect(solidColor('#0ca789')).toBe('green')
    expect(solidColor('#414bb2')).toBe('blue')
    expect(solidColor('#fac710')).toBe('yellow')
  })

  it('fall back for what is not a colour, and never use prototype keys', () => {
    expect(stickyColor(undefined)).toBe(MIRO_STICKY_COLORS.light_yellow)
    expect(stickyColor('toString')).toBe(MIRO_STICKY_COLORS.light_yellow)
    expect(stickyColor('__proto__')).toBe(MIRO_STICKY_COLORS.light_yellow)
    expect(solidColor('not a colour', 'grey')).toBe('grey')
    expect(parseHexColor('#12345')).toBeNull()
    expect(parseHexColor('#abc')).toEqual([170, 187, 204])
    expect(parseHexColor('#ffffffff')).toEqual([255, 255, 255])
  })

  it('treat transparent and white fills as blank', () => {
    expect(isBlankFill('transparent')).toBe(true)
    expect(isBlankFill('#ffffff')).toBe(true)
    expect(isBlankFill('#FFFFFFFF')).toBe(true)
    expect(isBlankFill('#2d9bf0')).toBe(false)
  })
})
