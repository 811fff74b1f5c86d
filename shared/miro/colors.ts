/**
 * Miro colours as tldraw colours. Sticky notes use Miro's named palette, mapped by hand to the
 * tldraw note colour that looks closest (the table below); anything given as hex (shapes,
 * text, frames, or a sticky colour we do not know) goes to the nearest tldraw colour by RGB
 * distance, against tldraw 5.4.2's light theme (notes: its note fills and stroke colours, since
 * Miro's hex colours range from pastel to saturated; shapes and text: its stroke colours).
 */
import type { NoteColor } from '../notes'

/**
 * Miro's sticky-note palette → tldraw note colour. Miro has 16 named colours and tldraw 13,
 * so some share: the dark shades go to tldraw's saturated colours, the light ones to its light
 * ones; Miro's "gray" is tldraw's "grey" (tldraw's own "black" note is drawn in yellow).
 */
export const MIRO_STICKY_COLORS: Readonly<Record<string, NoteColor>> = {
  gray: 'grey',
  light_yellow: 'yellow',
  yellow: 'yellow',
  orange: 'orange',
  light_green: 'light-green',
  green: 'green',
  dark_green: 'green',
  cyan: 'light-blue',
  light_pink: 'light-violet',
  pink: 'light-red',
  violet: 'violet',
  red: 'red',
  light_blue: 'light-blue',
  blue: 'blue',
  dark_blue: 'blue',
  black: 'grey',
}

/** tldraw 5.4.2 light theme: note fill colours (defaultThemes, `noteFill`). */
const NOTE_FILLS: readonly (readonly [NoteColor, string])[] = [
  ['grey', '#C0CAD3'], ['light-violet', '#DFB0F9'], ['violet', '#DB91FD'], ['blue', '#8AA3FF'],
  ['light-blue', '#9BC4FD'], ['yellow', '#FED49A'], ['orange', '#FAA475'], ['green', '#6FC896'],
  ['light-green', '#98D08A'], ['light-red', '#F7A5A1'], ['red', '#FC8282'], ['white', '#FFFFFF'],
]

/** tldraw 5.4.2 light theme: solid (stroke) colours of shapes and text. */
const SOLIDS: readonly (readonly [NoteColor, string])[] = [
  ['black', '#1d1d1d'], ['grey', '#9fa8b2'], ['light-violet', '#e085f4'], ['violet', '#ae3ec9'],
  ['blue', '#4465e9'], ['light-blue', '#4ba1f1'], ['yellow', '#f1ac4b'], ['orange', '#e16919'],
  ['green', '#099268'], ['light-green', '#4cb05e'], ['light-red', '#f87777'], ['red', '#e03131'],
]

/** #rgb or #rrggbb (alpha ignored) as [r, g, b], or null for anything else. */
export function parseHexColor(value: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim())
  const hex = match?.[1]
  if (!hex) return null
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex.slice(0, 6)
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as [number, number, number]
}

function nearest(rgb: readonly [number, number, number], palette: readonly (readonly [NoteColor, string])[]): NoteColor {
  let best: NoteColor = palette[0]?.[0] ?? 'black'
  let bestDistance = Infinity
  for (const [name, hex] of palette) {
    const other = parseHexColor(hex)
    if (!other) continue
    // Weighted RGB ("redmean"-like weights): close enough to perceived difference for 13 colours.
    const distance = 2 * (rgb[0] - other[0]) ** 2 + 4 * (rgb[1] - other[1]) ** 2 + 3 * (rgb[2] - other[2]) ** 2
    if (distance < bestDistance) {
      bestDistance = distance
      best = name
    }
  }
  return best
}

/** The tldraw note colour for a Miro sticky's `style.fillColor` (named or hex); yellow when unknown. */
export function stickyColor(fillColor: string | undefined): NoteColor {
  if (fillColor === undefined) return 'yellow'
  if (Object.hasOwn(MIRO_STICKY_COLORS, fillColor)) return MIRO_STICKY_COLORS[fillColor] ?? 'yellow'
  const rgb = parseHexColor(fillColor)
  // Against fills and strokes both: Miro's hex sticky colours range from pastel to saturated.
  return rgb ? nearest(rgb, [...NOTE_FILLS, ...SOLIDS.filter(([name]) => name !== 'black')]) : 'yellow'
}

/** The tldraw colour nearest a hex colour for strokes, fills and text; `fallback` when not hex. */
export function solidColor(value: string | undefined, fallback: NoteColor = 'black'): NoteColor {
  const rgb = value === undefined ? null : parseHexColor(value)
  return rgb ? nearest(rgb, SOLIDS) : fallback
}

/** True for a colour that paints nothing visible: "transparent", or white, Miro's default fill. */
export function isBlankFill(value: string | undefined): boolean {
  if (value === undefined || value === 'transparent' || value === '') return true
  const rgb = parseHexColor(value)
  return rgb !== null && rgb[0] > 245 && rgb[1] > 245 && rgb[2] > 245
}
