/**
 * Miro's geometry in tldraw's terms. Miro places an item by its centre, in canvas coordinates
 * (origin at the board's centre) or, for an item inside a frame, relative to the frame's
 * top-left corner, and rotates it in degrees around that centre. tldraw places a shape by its
 * top-left corner in its parent's coordinates and rotates it in radians around that corner.
 */
import type { Box } from '../geometry'

/** A point. */
export interface Point {
  x: number
  y: number
}

/**
 * The top-left corner tldraw needs for a `w` × `h` shape centred on `centre` and turned by
 * `radians`: the corner is where the unrotated corner lands after turning around the centre.
 */
export function topLeftForCentre(centre: Point, w: number, h: number, radians: number): Point {
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  const dx = -w / 2
  const dy = -h / 2
  return { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos }
}

/** Degrees (Miro) → radians (tldraw), normalised to [0, 2π). */
export function degreesToRadians(degrees: number): number {
  const turned = ((degrees % 360) + 360) % 360
  return (turned * Math.PI) / 180
}

/** The unrotated box of a `w` × `h` item centred on `centre`. */
export function boxAround(centre: Point, w: number, h: number): Box {
  return { x: centre.x - w / 2, y: centre.y - h / 2, w, h }
}

/** `value` limited to [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** The shortest distance between two boxes: 0 when they touch or overlap. */
export function boxGap(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.w), a.x - (b.x + b.w))
  const dy = Math.max(0, b.y - (a.y + a.h), a.y - (b.y + b.h))
  // Not Math.hypot: clustering calls this millions of times, and hypot is several times slower.
  return Math.sqrt(dx * dx + dy * dy)
}
