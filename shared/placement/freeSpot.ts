/**
 * Where a new item goes in an area of the board (a coop's corner, a group area, the view): the
 * next free cell of a grid, read row by row, left to right, never over anything already there.
 * Pure: boxes in, boxes out, all in one coordinate space (the area's parent's, or the page's).
 */
import { boxesOverlap, expandBox, type Box } from '../geometry'

export type { Box }

/** A width and a height. */
export interface Size {
  w: number
  h: number
}

/**
 * What happens when the area has no free cell left:
 * - `grow`: the grid goes on downwards and the answer says how tall the area must become (a
 *   frame the person may resize; its width is kept);
 * - `wrap`: the grid goes on in rows below the area (the view: the camera follows the item).
 */
export type WhenFull = 'grow' | 'wrap'

/** The area to fill. */
export interface PlacementArea {
  box: Box
  whenFull: WhenFull
  /** Free space kept inside the area's edges. */
  padding: number
  /** Extra space at the top, under the padding, for a label drawn inside the area. */
  labelHeight?: number
}

/** Space kept between placed items, and between them and anything else. */
export const DEFAULT_GAP = 32

/** Space kept inside an area's edges. */
export const DEFAULT_PADDING = 32

/** Where the items go, and how tall the area must become to hold them (null: it holds them). */
export interface Spots {
  spots: Box[]
  grownHeight: number | null
}

/** The grid's first cell and steps for items of `size` in `area`. */
function gridOf(area: PlacementArea, size: Size, gap: number) {
  const left = area.box.x + area.padding
  const top = area.box.y + area.padding + (area.labelHeight ?? 0)
  const inner = area.box.w - 2 * area.padding
  // An item wider than the area still gets one column, at the left edge.
  const columns = Math.max(1, Math.floor((inner + gap) / (size.w + gap)))
  return { left, top, columns, stepX: size.w + gap, stepY: size.h + gap }
}

/** True when `cell`, with `gap` kept around it, touches none of `occupied`. */
function isFree(cell: Box, occupied: readonly Box[], gap: number): boolean {
  // Each side keeps half the gap, so two items are exactly `gap` apart at the closest.
  const padded = expandBox(cell, gap / 2 - 1e-6)
  return occupied.every((box) => !boxesOverlap(padded, expandBox(box, gap / 2)))
}

/**
 * The first free cell for one item of `size`. Rows beyond the area are tried once it is full
 * (`whenFull` only changes what the caller does with the answer); some row below everything
 * occupied is always free, so the search ends.
 */
function firstFreeCell(area: PlacementArea, occupied: readonly Box[], size: Size, gap: number): Box {
  const { left, top, columns, stepX, stepY } = gridOf(area, size, gap)
  const lowest = occupied.reduce((max, box) => Math.max(max, box.y + box.h), top)
  const lastRow = Math.ceil((lowest - top) / stepY) + 1
  for (let row = 0; row <= lastRow; row++) {
    for (let column = 0; column < columns; column++) {
      const cell = { x: left + column * stepX, y: top + row * stepY, w: size.w, h: size.h }
      if (isFree(cell, occupied, gap)) return cell
    }
  }
  return { x: left, y: top + (lastRow + 1) * stepY, w: size.w, h: size.h }
}

/**
 * Spots for `count` items of `size` in `area`, one after the other, each kept off `occupied`
 * and off the ones placed before it. For a `grow` area, `grownHeight` is the height the area
 * needs (its padding kept below the last item) when that is more than it has.
 */
export function freeSpots(area: PlacementArea, occupied: readonly Box[], size: Size, count: number, gap: number = DEFAULT_GAP): Spots {
  const taken = [...occupied]
  const spots: Box[] = []
  for (let i = 0; i < count; i++) {
    const spot = firstFreeCell(area, taken, size, gap)
    spots.push(spot)
    taken.push(spot)
  }
  if (area.whenFull === 'wrap') return { spots, grownHeight: null }
  const bottom = spots.reduce((max, spot) => Math.max(max, spot.y + spot.h + area.padding), area.box.y)
  const needed = bottom - area.box.y
  return { spots, grownHeight: needed > area.box.h ? needed : null }
}

/** The spot for one item: {@link freeSpots} with a count of one. */
export function freeSpot(
  area: PlacementArea,
  occupied: readonly Box[],
  size: Size,
  gap: number = DEFAULT_GAP,
): { spot: Box; grownHeight: number | null } {
  const { spots, grownHeight } = freeSpots(area, occupied, size, 1, gap)
  const spot = spots[0]
  // freeSpots returns exactly `count` spots.
  if (!spot) throw new Error('free spot search came up short')
  return { spot, grownHeight }
}
