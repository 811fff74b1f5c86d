/**
 * Where each Miro item lands, before the import is moved clear of the page's content: its
 * tldraw size, its centre in Miro's canvas coordinates (unrotated) and the frame it sits in.
 */
import { clamp, degreesToRadians, type Point } from './geometry'
import type { MiroItem } from './input'
import type { MiroMessageParams, MiroReasonCode } from './messages'

/** Width of Miro's default square sticky note, which becomes tldraw's default note (scale 1). */
export const MIRO_STICKY_WIDTH = 199

/** tldraw's note side at scale 1. */
const NOTE_SIDE = 200

/** An item with its place worked out, in Miro's canvas coordinates, unrotated. */
export interface Laid {
  item: MiroItem
  /** Centre in canvas coordinates. */
  centre: Point
  /** tldraw size of the shape. */
  w: number
  h: number
  radians: number
  /** The frame item it sits in, or null for the page. */
  frame: MiroItem | null
}

/** Reports `item` as left out of the import, with the reason. */
export type Skip = (item: MiroItem, code: MiroReasonCode, reason: string, params?: MiroMessageParams) => void

function sizeOf(item: MiroItem, fallbackW: number, fallbackH: number): { w: number; h: number } {
  const w = item.geometry?.width
  const h = item.geometry?.height
  return {
    w: clamp(w !== undefined && w > 0 ? w : fallbackW, 1, 100_000),
    h: clamp(h !== undefined && h > 0 ? h : fallbackH, 1, 100_000),
  }
}

/** A note's scale from Miro's sticky width: Miro's default width is tldraw's default note. */
export function noteScale(item: MiroItem): number {
  const width = item.geometry?.width ?? MIRO_STICKY_WIDTH
  const scale = width > 0 ? width / MIRO_STICKY_WIDTH : 1
  return Math.round(clamp(scale, 0.25, 8) * 100) / 100
}

/** The tldraw size of an item of a type we import. */
function tldrawSize(item: MiroItem): { w: number; h: number } {
  switch (item.type) {
    // Cards become notes too, as wide as the card.
    case 'sticky_note':
    case 'card': {
      const side = NOTE_SIDE * noteScale(item)
      return { w: side, h: side }
    }
    case 'frame':
      return sizeOf(item, 1000, 800)
    case 'text':
      return sizeOf(item, 300, 50)
    // Miro's API gives no geometry for images pasted as a link: room for the placeholder's words.
    case 'image':
    case 'document':
    case 'embed':
      return sizeOf(item, 320, 240)
    default:
      return sizeOf(item, 100, 100)
  }
}

/** Whether the item's position is relative to its parent frame's top-left. */
function isParentRelative(item: MiroItem): boolean {
  return item.position?.relativeTo === 'parent_top_left'
}

/** The top-left corner of a laid-out item's unrotated box, in canvas coordinates. */
export function cornerOf(entry: Laid): Point {
  return { x: entry.centre.x - entry.w / 2, y: entry.centre.y - entry.h / 2 }
}

/**
 * Lays out frames first (they sit on the canvas), then everything else, in or out of a frame.
 * An item placed relative to a parent that is not an imported frame cannot be placed: skipped.
 */
export function layOut(items: readonly MiroItem[], skip: Skip): Laid[] {
  const laid: Laid[] = []
  const frames = new Map<string, Laid>()
  for (const item of items) {
    if (item.type !== 'frame') continue
    if (!item.position) {
      skip(item, 'noPosition', 'it has no position')
      continue
    }
    if (isParentRelative(item) && item.parent) {
      skip(item, 'nestedFrame', 'frames inside other items are not imported')
      continue
    }
    const { w, h } = tldrawSize(item)
    const entry: Laid = { item, centre: { x: item.position.x, y: item.position.y }, w, h, radians: 0, frame: null }
    frames.set(item.id, entry)
    laid.push(entry)
  }
  for (const item of items) {
    if (item.type === 'frame') continue
    if (!item.position) {
      skip(item, 'noPosition', 'it has no position')
      continue
    }
    const parent = item.parent ? frames.get(item.parent.id) : undefined
    if (item.parent && !parent && isParentRelative(item)) {
      skip(item, 'parentNotImported', `it sits inside item ${item.parent.id}, which was not imported`, { parent: item.parent.id })
      continue
    }
    const { w, h } = tldrawSize(item)
    const local = { x: item.position.x, y: item.position.y }
    const corner = parent ? cornerOf(parent) : null
    const centre = corner && isParentRelative(item) ? { x: corner.x + local.x, y: corner.y + local.y } : local
    laid.push({ item, centre, w, h, radians: degreesToRadians(item.geometry?.rotation ?? 0), frame: parent?.item ?? null })
  }
  return laid
}
