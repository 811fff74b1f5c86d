/**
 * Where shapes sit on a page, read from stored records without a tldraw editor: enough to keep
 * new corners off existing content. Sizes come from `props.w`/`props.h` (plus `growY`) where a
 * shape has them, notes are 200 × (200 + growY) scaled by `props.scale`, arrows and lines span
 * their points, and anything else is taken as {@link DEFAULT_SHAPE_SIZE} square. Rotation is
 * applied around the shape's origin, as tldraw does.
 */
import type { StoredRecord } from './boardDoc'
import { asObject } from './values'
import { boundsOf, type Box } from './geometry'

/** tldraw's sticky-note side before scaling. */
export const NOTE_SIZE = 200

/** The size assumed for a shape whose extent the record does not say (drawings, text height). */
export const DEFAULT_SHAPE_SIZE = 200

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** Points given in props (arrow ends, line handles), relative to the shape. */
function propPoints(props: Record<string, unknown>): { x: number; y: number }[] {
  const candidates: unknown[] = [props.start, props.end, ...Object.values(asObject(props.points) ?? {})]
  const points: { x: number; y: number }[] = []
  for (const candidate of candidates) {
    const point = asObject(candidate)
    if (point && typeof point.x === 'number' && typeof point.y === 'number' && Number.isFinite(point.x) && Number.isFinite(point.y)) {
      points.push({ x: point.x, y: point.y })
    }
  }
  return points
}

/** The shape's extent in its own coordinates (before rotation and translation). */
function localBox(record: StoredRecord): Box {
  const props = asObject(record.props) ?? {}
  const growY = num(props.growY, 0)
  if (record.type === 'note') {
    const scale = num(props.scale, 1)
    return { x: 0, y: 0, w: NOTE_SIZE * scale, h: (NOTE_SIZE + growY) * scale }
  }
  if (typeof props.w === 'number' || typeof props.h === 'number') {
    return { x: 0, y: 0, w: Math.abs(num(props.w, DEFAULT_SHAPE_SIZE)), h: Math.abs(num(props.h, DEFAULT_SHAPE_SIZE)) + growY }
  }
  const points = boundsOf(propPoints(props).map((p) => ({ x: p.x, y: p.y, w: 0, h: 0 })))
  return points ?? { x: 0, y: 0, w: DEFAULT_SHAPE_SIZE, h: DEFAULT_SHAPE_SIZE }
}

/** The axis-aligned box a shape record covers in its parent's coordinates, or null for a non-shape. */
export function shapeBox(record: StoredRecord): Box | null {
  if (record.typeName !== 'shape') return null
  const local = localBox(record)
  const x = num(record.x, 0)
  const y = num(record.y, 0)
  const rotation = num(record.rotation, 0)
  if (rotation === 0) return { x: x + local.x, y: y + local.y, w: local.w, h: local.h }
  const cos = Math.cos(rotation)
  const sin = Math.sin(rotation)
  const corners = [
    [local.x, local.y],
    [local.x + local.w, local.y],
    [local.x, local.y + local.h],
    [local.x + local.w, local.y + local.h],
  ].map(([px = 0, py = 0]) => ({ x: x + px * cos - py * sin, y: y + px * sin + py * cos, w: 0, h: 0 }))
  return boundsOf(corners)
}

/** The top-level shapes of `pageId` (children sit inside their parents and need no box of their own). */
export function topLevelShapes(records: Iterable<StoredRecord>, pageId: string): StoredRecord[] {
  const shapes: StoredRecord[] = []
  for (const record of records) if (record.typeName === 'shape' && record.parentId === pageId) shapes.push(record)
  return shapes
}
