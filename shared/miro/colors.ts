/**
 * Miro colours as tldraw colours, chosen by how they look: each candidate is compared by its
 * rendered colour (tldraw 5.4.2's light theme) with CIEDE2000 (`colorDifference.ts`). Stickies
 * go to the note whose fill looks closest; shapes, text and frames to the closest stroke colour.
 * docs/MIRO.md ("Colours") shows every sticky pair side by side.
 */
import type { NoteColor } from '../notes'
import { chroma, deltaE2000, parseHexColor, rgbToLab, type Rgb } from './colorDifference'

export { parseHexColor } from './colorDifference'

/**
 * Miro's 16 named sticky colours as Miro draws them (`style.fillColor` in the REST API v2 and
 * the Web SDK's `StickyNoteColor`). Miro's reference names the colours without their values;
 * these are the values of its sticky picker as published by several independent API clients.
 * The older 12-colour "sticker" palette of API v1 (#d0e17a, #23bfe7, #f16c7f, #b384bb) is not
 * used for named colours.
 */
export const MIRO_STICKY_HEX = {
  gray: '#f5f6f8',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#c6a2d2',
  red: '#f0939d',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff',
  black: '#000000',
} as const

/** One of Miro's named sticky colours. */
export type MiroStickyColor = keyof typeof MIRO_STICKY_HEX

/**
 * tldraw 5.4.2's note fills in its light theme (`DEFAULT_THEME.colors.light[color].noteFill`,
 * checked by the tests and by sampling rendered notes in Chromium). tldraw's "black" note is
 * drawn pale yellow: it is tldraw's default sticky, and it is a candidate like any other.
 */
export const TLDRAW_NOTE_FILLS: Readonly<Record<NoteColor, string>> = {
  black: '#FCE19C',
  grey: '#C0CAD3',
  'light-violet': '#DFB0F9',
  violet: '#DB91FD',
  blue: '#8AA3FF',
  'light-blue': '#9BC4FD',
  yellow: '#FED49A',
  orange: '#FAA475',
  green: '#6FC896',
  'light-green': '#98D08A',
  'light-red': '#F7A5A1',
  red: '#FC8282',
  white: '#FFFFFF',
}

/** tldraw 5.4.2's light theme: the solid (stroke) colours of shapes, text and frames. White is left out: it would vanish on the canvas. */
export const TLDRAW_SOLIDS: Readonly<Partial<Record<NoteColor, string>>> = {
  black: '#1d1d1d',
  grey: '#9fa8b2',
  'light-violet': '#e085f4',
  violet: '#ae3ec9',
  blue: '#4465e9',
  'light-blue': '#4ba1f1',
  yellow: '#f1ac4b',
  orange: '#e16919',
  green: '#099268',
  'light-green': '#4cb05e',
  'light-red': '#f87777',
  red: '#e03131',
}

/**
 * Miro sticky colour → the tldraw note that looks closest: exactly what `nearestColor` gives for
 * `MIRO_STICKY_HEX` against `TLDRAW_NOTE_FILLS` (the tests recompute it). ΔE00 in the comments.
 * Two Miro yellows share tldraw's pale-yellow default ("black") and three greens share its
 * greens: tldraw has 13 notes for Miro's 16. Miro's black has no dark counterpart (tldraw's
 * notes are all pale); as a neutral colour it goes to the nearest neutral note, grey.
 */
export const MIRO_STICKY_COLORS: Readonly<Record<MiroStickyColor, NoteColor>> = {
  gray: 'white', //             2.1
  light_yellow: 'black', //     7.5 (tldraw's pale-yellow default note)
  yellow: 'black', //          12.2
  orange: 'orange', //          7.8
  light_green: 'light-green', // 12.1
  green: 'light-green', //     14.4
  dark_green: 'light-green', //  4.0
  cyan: 'green', //            14.1
  light_pink: 'light-red', //  13.9
  pink: 'light-red', //        13.9
  violet: 'light-violet', //    7.3
  red: 'light-red', //          6.0
  light_blue: 'light-blue', //  3.2
  blue: 'light-blue', //       14.4
  dark_blue: 'blue', //         3.9
  black: 'grey', //            71.7 (neutral: grey or white only)
}

/** Below this CIELAB chroma a colour reads as grey (tldraw's grey note is 5.9, Miro's gray 1.1). */
const NEUTRAL_CHROMA = 8

/** The closest colour of a palette and how far it is (ΔE00). */
export interface NearestColor {
  color: NoteColor
  distance: number
}

/**
 * The palette colour that looks closest to `rgb` by CIEDE2000. A neutral colour (grey, black,
 * white) only matches neutral ones: with no dark note in tldraw, the nearest hue to black
 * would be a coin toss between blue and red.
 */
export function nearestColor(rgb: Rgb, palette: Readonly<Partial<Record<NoteColor, string>>>): NearestColor {
  const lab = rgbToLab(rgb)
  const neutralOnly = chroma(lab) < NEUTRAL_CHROMA
  let best: NearestColor = { color: 'black', distance: Infinity }
  for (const [color, hex] of Object.entries(palette) as [NoteColor, string][]) {
    const other = parseHexColor(hex)
    if (!other) continue
    const otherLab = rgbToLab(other)
    if (neutralOnly && chroma(otherLab) >= NEUTRAL_CHROMA) continue
    const distance = deltaE2000(lab, otherLab)
    if (distance < best.distance) best = { color, distance }
  }
  return best
}

function isMiroStickyColor(value: string): value is MiroStickyColor {
  return Object.hasOwn(MIRO_STICKY_HEX, value)
}

/** The tldraw note colour for a Miro sticky's `style.fillColor` (named or hex); tldraw's default note when unknown. */
export function stickyColor(fillColor: string | undefined): NoteColor {
  if (fillColor === undefined) return MIRO_STICKY_COLORS.light_yellow
  if (isMiroStickyColor(fillColor)) return MIRO_STICKY_COLORS[fillColor]
  const rgb = parseHexColor(fillColor)
  return rgb ? nearestColor(rgb, TLDRAW_NOTE_FILLS).color : MIRO_STICKY_COLORS.light_yellow
}

/** The tldraw colour nearest a hex colour for strokes, fills and text; `fallback` when not hex. */
export function solidColor(value: string | undefined, fallback: NoteColor = 'black'): NoteColor {
  const rgb = value === undefined ? null : parseHexColor(value)
  return rgb ? nearestColor(rgb, TLDRAW_SOLIDS).color : fallback
}

/** True for a colour that paints nothing visible: "transparent", or white, Miro's default fill. */
export function isBlankFill(value: string | undefined): boolean {
  if (value === undefined || value === 'transparent' || value === '') return true
  const rgb = parseHexColor(value)
  return rgb !== null && rgb[0] > 245 && rgb[1] > 245 && rgb[2] > 245
}
