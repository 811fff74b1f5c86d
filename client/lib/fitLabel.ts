/**
 * Fitting a label drawn over the canvas (a coop's name in its corner, a group area's topic, a
 * "Locked" badge) inside its frame's rectangle on screen, at any zoom. The font follows the
 * zoom between a minimum and a maximum; a text that does not fit whole is shortened at a word
 * boundary with an ellipsis, and a frame too small to hold even that gets no label. Pure: the
 * caller measures text (a canvas in the browser, a fake in tests).
 */

/** A rectangle in screen pixels. */
export interface ScreenRect {
  x: number
  y: number
  w: number
  h: number
}

/** The width in screen pixels of `text` at `fontSize` px and `fontWeight`, in the label's font. */
export type MeasureText = (text: string, fontSize: number, fontWeight: number) => number

/** How one kind of label is drawn. */
export interface LabelSpec {
  /** The font size in page units: on screen it is this times the zoom, within the bounds below. */
  pageFontSize: number
  minFontSize: number
  maxFontSize: number
  fontWeight: number
  /** Line height as a multiple of the font size. */
  lineHeight: number
  /** Lines the main text may wrap onto. */
  maxLines: number
  /** Width the label takes beside its text: padding, border, an icon, a count. */
  chromeWidth: number
  /** Height the label takes besides its lines: padding and border. */
  chromeHeight: number
  /** Space kept between the frame's edges and the label. */
  inset: number
  /** Lines under the main text (members, rapporteur) are this fraction of its size. */
  secondaryScale?: number
  secondaryWeight?: number
}

/** A label that fits: what to draw and the size of its box in screen pixels. */
export interface FittedLabel {
  fontSize: number
  /** The main text's lines; the last ends with "…" when the text was shortened. */
  lines: string[]
  /** The secondary lines that fit, each on one line, possibly shortened. */
  secondary: string[]
  secondaryFontSize: number
  /** True when some text is not shown whole: give the full text as a tooltip. */
  shortened: boolean
  width: number
  height: number
}

/** What marks a shortened text. */
export const ELLIPSIS = '…'

const WHITESPACE = /^\s+$/u

/**
 * The text cut into pieces that may end a line: words with what clings to them ("Co-op,"
 * stays whole) and the spaces between. Scripts written without spaces (Chinese, Japanese)
 * break between the words the platform's dictionary finds, never inside one.
 */
export function wordUnits(text: string): string[] {
  const segments = [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)]
  const units: string[] = []
  let current = ''
  let previousWordLike = false
  for (const { segment, isWordLike } of segments) {
    const space = WHITESPACE.test(segment)
    const breaksBefore = current !== '' && (space || WHITESPACE.test(current) || (previousWordLike && isWordLike === true))
    if (breaksBefore) {
      units.push(current)
      current = ''
    }
    current += segment
    previousWordLike = isWordLike === true
  }
  if (current !== '') units.push(current)
  return units
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

interface Wrapped {
  lines: string[]
  /** The index of the first unit of each line. */
  starts: number[]
  /** False when units were left over or one unit alone is wider than the line. */
  whole: boolean
}

/** Greedy wrapping of `units` onto at most `maxLines` lines of `width`. */
function wrap(units: readonly string[], width: number, maxLines: number, fits: (text: string) => boolean): Wrapped {
  const lines: string[] = []
  const starts: number[] = []
  let line = ''
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? ''
    if (line === '' && WHITESPACE.test(unit)) continue
    const candidate = line + unit
    if (fits(candidate.trimEnd())) {
      if (line === '') starts.push(i)
      line = candidate
      continue
    }
    if (line === '' || lines.length + 1 >= maxLines) {
      if (line !== '') lines.push(line.trimEnd())
      return { lines, starts, whole: false }
    }
    lines.push(line.trimEnd())
    line = ''
    i-- // the unit starts the next line
  }
  if (line !== '') lines.push(line.trimEnd())
  return { lines, starts, whole: true }
}

/** The longest run of whole units from `units` that fits with an ellipsis, or null. */
function shortened(units: readonly string[], fits: (text: string) => boolean): string | null {
  let best: string | null = null
  let text = ''
  for (const unit of units) {
    text += unit
    if (WHITESPACE.test(unit)) continue
    const candidate = `${text.trim()}${ELLIPSIS}`
    if (!fits(candidate)) break
    best = candidate
  }
  return best
}

/** `text` on one line where `fits` says: whole, shortened at a word boundary, or null. */
export function fitLine(text: string, fits: (text: string) => boolean): string | null {
  if (fits(text.trim())) return text.trim()
  return shortened(wordUnits(text), fits)
}

/** The main text at one font size, shortened if `allowShortening`, or null. */
function linesAt(
  units: readonly string[],
  width: number,
  maxLines: number,
  fits: (text: string) => boolean,
  allowShortening: boolean,
): { lines: string[]; shortened: boolean } | null {
  const wrapped = wrap(units, width, maxLines, fits)
  if (wrapped.whole) return wrapped.lines.length > 0 ? { lines: wrapped.lines, shortened: false } : null
  if (!allowShortening) return null
  // Shorten the last line that can take an ellipsis after at least one whole word.
  for (let line = Math.min(wrapped.starts.length, maxLines) - 1; line >= 0; line--) {
    const tail = shortened(units.slice(wrapped.starts[line]), fits)
    if (tail !== null) return { lines: [...wrapped.lines.slice(0, line), tail], shortened: true }
  }
  return null
}

/**
 * Fits `text` (and optional `secondary` lines under it) into a frame of `frame` size on
 * screen at `zoom`. The font is `pageFontSize × zoom` within its bounds, smaller when that
 * lets the whole text fit; at the minimum size the text is shortened at a word boundary.
 * Null when the frame cannot hold even one word and an ellipsis at the minimum size.
 */
export function fitLabel(
  text: string,
  frame: { w: number; h: number },
  zoom: number,
  spec: LabelSpec,
  measure: MeasureText,
  secondary: readonly string[] = [],
): FittedLabel | null {
  const width = frame.w - 2 * spec.inset - spec.chromeWidth
  const height = frame.h - 2 * spec.inset - spec.chromeHeight
  if (width <= 0 || height <= 0 || text.trim() === '') return null
  const units = wordUnits(text)
  const preferred = clamp(Math.round(spec.pageFontSize * zoom), spec.minFontSize, spec.maxFontSize)
  for (let size = preferred; size >= spec.minFontSize; size--) {
    const lineHeight = size * spec.lineHeight
    const maxLines = Math.min(spec.maxLines, Math.floor(height / lineHeight))
    if (maxLines < 1) continue
    const fits = (candidate: string) => measure(candidate, size, spec.fontWeight) <= width
    const main = linesAt(units, width, maxLines, fits, size === spec.minFontSize)
    if (!main) continue
    return withSecondary(main, size, width, height, spec, measure, secondary)
  }
  return null
}

/** Adds the secondary lines that fit under the main text, and sizes the box. */
function withSecondary(
  main: { lines: string[]; shortened: boolean },
  size: number,
  width: number,
  height: number,
  spec: LabelSpec,
  measure: MeasureText,
  secondary: readonly string[],
): FittedLabel {
  const weight = spec.secondaryWeight ?? spec.fontWeight
  const secondarySize = Math.max(1, Math.round(size * (spec.secondaryScale ?? 1)))
  const secondaryLineHeight = secondarySize * spec.lineHeight
  const fits = (candidate: string) => measure(candidate, secondarySize, weight) <= width
  let used = main.lines.length * size * spec.lineHeight
  let wasShortened = main.shortened
  const shown: string[] = []
  for (const line of secondary) {
    if (used + secondaryLineHeight > height) {
      wasShortened = true
      break
    }
    const fitted = fitLine(line, fits)
    if (fitted === null) {
      wasShortened = true
      break
    }
    if (fitted !== line.trim()) wasShortened = true
    shown.push(fitted)
    used += secondaryLineHeight
  }
  const textWidth = Math.max(
    ...main.lines.map((line) => measure(line, size, spec.fontWeight)),
    ...shown.map((line) => measure(line, secondarySize, weight)),
  )
  return {
    fontSize: size,
    lines: main.lines,
    secondary: shown,
    secondaryFontSize: secondarySize,
    shortened: wasShortened,
    width: Math.ceil(Math.min(width, textWidth) + spec.chromeWidth),
    height: Math.ceil(used + spec.chromeHeight),
  }
}

/** Where a fitted label's box goes in `frame`: its top-left or bottom-right corner, `inset` inside. */
export function placeLabel(
  frame: ScreenRect,
  label: { width: number; height: number },
  corner: 'top-left' | 'bottom-right',
  inset: number,
): { x: number; y: number } {
  if (corner === 'top-left') return { x: frame.x + inset, y: frame.y + inset }
  return { x: frame.x + frame.w - inset - label.width, y: frame.y + frame.h - inset - label.height }
}
