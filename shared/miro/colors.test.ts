import { describe, expect, it } from 'vitest'
import { NOTE_COLORS } from '../notes'
import { isBlankFill, MIRO_STICKY_COLORS, parseHexColor, solidColor, stickyColor } from './colors'

describe('Miro colours', () => {
  it('map every named Miro sticky colour to a tldraw note colour', () => {
    const named = ['gray', 'light_yellow', 'yellow', 'orange', 'light_green', 'green', 'dark_green', 'cyan', 'light_pink', 'pink', 'violet', 'red', 'light_blue', 'blue', 'dark_blue', 'black']
    for (const name of named) expect(NOTE_COLORS).toContain(stickyColor(name))
    expect(Object.keys(MIRO_STICKY_COLORS).sort()).toEqual([...named].sort())
    expect(stickyColor('light_yellow')).toBe('yellow')
    expect(stickyColor('light_green')).toBe('light-green')
  })

  it('pick the nearest tldraw colour for hex values', () => {
    expect(stickyColor('#f5d128')).toBe('yellow')
    expect(stickyColor('#fc8282')).toBe('red')
    expect(solidColor('#e6393c')).toBe('red')
    expect(solidColor('#2d9bf0')).toBe('light-blue')
    expect(solidColor('#1a1a1a')).toBe('black')
    expect(solidColor('#0ca789')).toBe('green')
  })

  it('fall back for what is not a colour, and never use prototype keys', () => {
    expect(stickyColor(undefined)).toBe('yellow')
    expect(stickyColor('toString')).toBe('yellow')
    expect(stickyColor('__proto__')).toBe('yellow')
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
