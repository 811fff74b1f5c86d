/**
 * A Miro connector's look in tldraw's terms: line style, thickness, shape and ends.
 * Miro's connector endpoint publishes `shape` (straight | elbowed | curved) and a `style` with
 * `strokeStyle` (normal | dashed | dotted), `strokeWidth` (1–24), `startStrokeCap` and
 * `endStrokeCap`. tldraw 5.4.2 arrows have `dash`, `size`, `kind` (arc | elbow), `bend` (the
 * arc's bulge in page pixels, 0 for a straight line) and arrowheads.
 */
import type { Point } from './geometry'

/** tldraw's dashes that Miro's connector stroke styles and shape border styles become. */
export type LineDash = 'solid' | 'dashed' | 'dotted'

/** tldraw's sizes: arrows are drawn 2, 3.5, 5 and 10 px wide (theme stroke 2 × STROKE_SIZES). */
export type TldrawSize = 's' | 'm' | 'l' | 'xl'

/** tldraw arrowheads that match Miro's stroke caps. */
export type Arrowhead = 'arrow' | 'triangle' | 'diamond' | 'dot' | 'bar' | 'inverted' | 'none'

/** Wider Miro strokes than this are drawn thinner (tldraw's widest is 10 px) and reported. */
export const WIDEST_MATCHED_STROKE = 15

/**
 * A curved connector's bulge as a share of the distance between its ends: Miro draws its
 * curves as a gentle bow, and a fifth of the length reads as one without looping.
 */
const CURVE_BULGE = 0.2

/** Below tldraw's 8 px a bend snaps back to straight; a curve stays visibly curved. */
const MIN_BEND = 16

/** Miro's `strokeStyle` or `borderStyle` as tldraw's dash; Miro's "normal" (and anything unknown) is solid. */
export function lineDash(strokeStyle: string | undefined): LineDash {
  return strokeStyle === 'dashed' ? 'dashed' : strokeStyle === 'dotted' ? 'dotted' : 'solid'
}

function widthOf(width: string | number | undefined): number | null {
  const value = typeof width === 'number' ? width : Number.parseFloat(width ?? '')
  return Number.isFinite(value) && value > 0 ? value : null
}

/** The tldraw size whose stroke is nearest Miro's `strokeWidth` (Miro's default, 1 px, is the thinnest). */
export function arrowSize(width: string | number | undefined): TldrawSize {
  const value = widthOf(width)
  if (value === null || value <= 2.75) return 's'
  if (value <= 4.25) return 'm'
  if (value <= 7.5) return 'l'
  return 'xl'
}

/** Whether a Miro stroke is too wide for any tldraw size (reported). */
export function isWidthLost(width: string | number | undefined): boolean {
  const value = widthOf(width)
  return value !== null && value > WIDEST_MATCHED_STROKE
}

/** The bend of the arrow from `start` to `end`: none unless Miro draws the connector curved. */
export function arrowBend(shape: string | undefined, start: Point, end: Point): number {
  if (shape !== 'curved') return 0
  const length = Math.hypot(end.x - start.x, end.y - start.y)
  return Math.round(Math.max(MIN_BEND, length * CURVE_BULGE))
}

/** tldraw's arrowhead for a Miro stroke cap; `fallback` when the connector names none. */
export function arrowhead(cap: string | undefined, fallback: Arrowhead): Arrowhead {
  switch (cap) {
    case undefined:
      return fallback
    case 'none':
      return 'none'
    case 'triangle':
    case 'filled_triangle':
      return 'triangle'
    case 'diamond':
    case 'filled_diamond':
      return 'diamond'
    case 'oval':
    case 'filled_oval':
      return 'dot'
    case 'erd_one':
    case 'erd_only_one':
    case 'erd_zero_or_one':
      return 'bar'
    case 'erd_many':
    case 'erd_one_or_many':
    case 'erd_zero_or_many':
      // A crow's foot opens away from the line, as tldraw's inverted head does.
      return 'inverted'
    default:
      // "arrow", "stealth" (Miro's default end) and "rounded_stealth": tldraw's default head.
      return 'arrow'
  }
}
