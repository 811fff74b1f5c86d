/**
 * The tldraw records a Miro import writes, as plain JSON valid for tldraw 5.4.2's schema
 * (records.test.ts validates each against `createTLSchema()`): notes, frames, text, geo
 * shapes, arrows and the bindings that tie an arrow's ends to shapes. Each keeps the Miro id
 * in `meta.miroId`, so an imported shape can be traced back to its source.
 */
import type { StoredRecord } from '../boardDoc'
import { noteProps, type NoteColor } from '../notes'
import type { LineDash, Arrowhead, TldrawSize } from './connectorStyle'
import type { TldrawFont } from './fonts'
import type { MiroRichText } from './htmlText'

/** tldraw's geo shapes that have a Miro counterpart. */
export type GeoKind =
  | 'rectangle'
  | 'ellipse'
  | 'triangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'octagon'
  | 'star'
  | 'rhombus'
  | 'oval'
  | 'trapezoid'
  | 'arrow-right'
  | 'arrow-left'
  | 'arrow-up'
  | 'arrow-down'
  | 'cloud'
  | 'heart'

/** Where a shape goes: its id, place in its parent's coordinates, stacking index and parent. */
export interface Placement {
  id: string
  x: number
  y: number
  /** Radians, clockwise, around the shape's top-left corner (tldraw's convention). */
  rotation: number
  index: string
  parentId: string
  miroId: string
}

function shape(place: Placement, type: string, props: Record<string, unknown>): StoredRecord {
  return {
    id: place.id,
    typeName: 'shape',
    type,
    x: place.x,
    y: place.y,
    rotation: place.rotation,
    index: place.index,
    parentId: place.parentId,
    isLocked: false,
    opacity: 1,
    meta: { miroId: place.miroId },
    props,
  }
}

/** A sticky note; `scale` 1 is tldraw's 200 × 200 note; `fontSizeAdjustment` fits its text (noteFit.ts). */
export function noteRecord(
  place: Placement,
  note: { color: NoteColor; richText: MiroRichText; scale: number; fontSizeAdjustment: number },
): StoredRecord {
  return shape(place, 'note', { ...noteProps(note), fontSizeAdjustment: note.fontSizeAdjustment })
}

/** A frame (an area of the board) named `name`. */
export function frameRecord(place: Placement, frame: { w: number; h: number; name: string; color: NoteColor }): StoredRecord {
  return shape(place, 'frame', { w: frame.w, h: frame.h, name: frame.name, color: frame.color })
}

/** A text shape `w` wide; it wraps at that width and grows downwards. */
export function textRecord(
  place: Placement,
  text: { w: number; richText: MiroRichText; color: NoteColor; size: TldrawSize; font: TldrawFont; align: 'start' | 'middle' | 'end' },
): StoredRecord {
  return shape(place, 'text', {
    color: text.color,
    size: text.size,
    font: text.font,
    textAlign: text.align,
    w: text.w,
    richText: text.richText,
    scale: 1,
    autoSize: false,
  })
}

/** What a geo shape looks like: its kind, size, colour, outline and label. */
export interface GeoLook {
  geo: GeoKind
  w: number
  h: number
  color: NoteColor
  filled: boolean
  dash: LineDash
  font: TldrawFont
  /** The label's size (and the outline's thickness). */
  size: TldrawSize
  richText: MiroRichText
}

/** A geo shape (rectangle, ellipse, …) with its label. */
export function geoRecord(place: Placement, geo: GeoLook): StoredRecord {
  return shape(place, 'geo', {
    geo: geo.geo,
    dash: geo.dash,
    url: '',
    w: geo.w,
    h: geo.h,
    growY: 0,
    scale: 1,
    flipX: false,
    flipY: false,
    labelColor: 'black',
    color: geo.color,
    fill: geo.filled ? 'semi' : 'none',
    size: geo.size,
    font: geo.font,
    align: 'middle',
    verticalAlign: 'middle',
    richText: geo.richText,
  })
}

/** What an arrow looks like: its end (relative to its origin), line, ends and label. */
export interface ArrowLook {
  end: { x: number; y: number }
  elbow: boolean
  /** The arc's bulge in page pixels; 0 is straight. */
  bend: number
  color: NoteColor
  dash: LineDash
  size: TldrawSize
  start: Arrowhead
  endHead: Arrowhead
  richText: MiroRichText
}

/** An arrow from its origin (`place.x`, `place.y`) to `end`, relative to that origin. */
export function arrowRecord(place: Placement, arrow: ArrowLook): StoredRecord {
  return shape(place, 'arrow', {
    kind: arrow.elbow ? 'elbow' : 'arc',
    labelColor: 'black',
    color: arrow.color,
    fill: 'none',
    dash: arrow.dash,
    size: arrow.size,
    arrowheadStart: arrow.start,
    arrowheadEnd: arrow.endHead,
    font: 'sans',
    start: { x: 0, y: 0 },
    end: arrow.end,
    bend: arrow.bend,
    richText: arrow.richText,
    labelPosition: 0.5,
    scale: 1,
    elbowMidPoint: 0.5,
  })
}

/** Ties one end of `arrowId` to the shape `toId`, pointing at its centre. */
export function arrowBindingRecord(id: string, arrowId: string, toId: string, terminal: 'start' | 'end'): StoredRecord {
  return {
    id,
    typeName: 'binding',
    type: 'arrow',
    fromId: arrowId,
    toId,
    props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
    meta: {},
  }
}
