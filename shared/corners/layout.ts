/**
 * Where coop corners go: a tidy grid of equal cells in a region of the board that does not
 * overlap existing content. Pure: boxes in, boxes out.
 */
import { boundsOf, boxesOverlap, expandBox, type Box } from '../geometry'

/** Size and spacing of corners. */
export interface CornerGridOptions {
  cornerWidth: number
  cornerHeight: number
  /** Space between corners, and between corners and other content. */
  gap: number
}

/** Room for about twenty sticky notes with their author lines, and a readable label. */
export const DEFAULT_CORNER_GRID: CornerGridOptions = { cornerWidth: 1200, cornerHeight: 900, gap: 160 }

/** Columns of the grid for `count` corners: about as wide as tall on a 16:10 screen. */
export function gridColumns(count: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(Math.max(count, 1) * 1.2)))
}

/**
 * Boxes for `count` new corners. Existing corners anchor the grid (new ones continue it);
 * without them the grid starts to the right of all content (or at the origin on an empty
 * board). A cell that would overlap anything in `occupied` is skipped, so nothing is ever
 * covered.
 */
export function placeCorners(
  count: number,
  occupied: readonly Box[],
  existingCorners: readonly Box[] = [],
  options: CornerGridOptions = DEFAULT_CORNER_GRID,
): Box[] {
  if (count <= 0) return []
  const { cornerWidth, cornerHeight, gap } = options
  const stepX = cornerWidth + gap
  const stepY = cornerHeight + gap
  const cornerRegion = boundsOf(existingCorners)
  const content = boundsOf(occupied)
  const origin = cornerRegion
    ? { x: cornerRegion.x, y: cornerRegion.y }
    : content
      ? { x: content.x + content.w + gap * 2, y: content.y }
      : { x: 0, y: 0 }
  const columns = gridColumns(existingCorners.length + count)
  const blocked = [...occupied, ...existingCorners].map((box) => expandBox(box, gap / 2))

  const placed: Box[] = []
  // Bounded: each row has `columns` cells and at most every occupied box blocks one cell each.
  const maxCells = (count + blocked.length + columns) * 4
  for (let cell = 0; placed.length < count && cell < maxCells; cell++) {
    const box = {
      x: origin.x + (cell % columns) * stepX,
      y: origin.y + Math.floor(cell / columns) * stepY,
      w: cornerWidth,
      h: cornerHeight,
    }
    if (blocked.some((other) => boxesOverlap(box, other))) continue
    placed.push(box)
    blocked.push(expandBox(box, gap / 2))
  }
  return placed
}
