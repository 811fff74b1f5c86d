/**
 * New shapes stay out of locked areas. tldraw does not parent a new shape to a locked frame (a
 * locked frame takes no new children), so a note added over one lands on the page on top of
 * it: the frozen area would still seem to take notes. A shape explicitly parented to a locked
 * frame (paste, another client) would be refused by the server (shared/areas/lockRules.ts)
 * and vanish. Either way, this person's new shape lands just beside the whole locked area,
 * where they can still see it.
 */
import type { Editor, TLParentId, TLShape } from 'tldraw'

/** Page units between a locked area's edge and a note moved out of it. */
export const OUTSIDE_GAP = 24

/** A page-space rectangle. */
interface Bounds {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

/**
 * Where a shape meant for page point `point` goes instead, outside the locked area `area`: just
 * to its right, at the same height, kept within the area's vertical extent so it lands beside it.
 */
export function placementOutside(point: { x: number; y: number }, area: Bounds, gap = OUTSIDE_GAP): { x: number; y: number } {
  return { x: area.maxX + gap, y: Math.min(Math.max(point.y, area.minY), area.maxY) }
}

/** The outermost locked shape in the chain from `parentId` up, or null when the parent is not locked. */
function lockedAreaOf(editor: Editor, parentId: TLParentId): TLShape | null {
  let area: TLShape | null = null
  let shape = editor.getShape(parentId)
  while (shape?.isLocked) {
    area = shape
    shape = editor.getShape(shape.parentId)
  }
  return area
}

/** The new shape's top-left corner in page space. */
function pagePointOf(editor: Editor, shape: TLShape): { x: number; y: number } {
  const parent = editor.getShape(shape.parentId)
  return parent ? editor.getShapePageTransform(parent).applyToPoint({ x: shape.x, y: shape.y }) : { x: shape.x, y: shape.y }
}

/** The outermost locked frame of the current page that contains the page point `point`, or null. */
function lockedAreaAt(editor: Editor, point: { x: number; y: number }): TLShape | null {
  for (const candidate of editor.getCurrentPageShapes()) {
    if (candidate.type !== 'frame' || !candidate.isLocked) continue
    if (!editor.getShapePageBounds(candidate)?.containsPoint(point)) continue
    return lockedAreaOf(editor, candidate.id)
  }
  return null
}

/**
 * Moves a shape created in a locked parent, or over a locked area, out beside that area;
 * other shapes pass unchanged.
 */
export function keepOutOfLockedArea(editor: Editor, shape: TLShape): TLShape {
  const pagePoint = pagePointOf(editor, shape)
  const area = lockedAreaOf(editor, shape.parentId) ?? lockedAreaAt(editor, pagePoint)
  if (!area) return shape
  const bounds = editor.getShapePageBounds(area)
  const pageId = editor.getAncestorPageId(area)
  if (!bounds || !pageId) return shape
  return { ...shape, parentId: pageId, ...placementOutside(pagePoint, bounds) }
}

/** Registers {@link keepOutOfLockedArea} for shapes this person creates; returns the unregister. */
export function registerLockedPlacement(editor: Editor): () => void {
  return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
    source === 'user' ? keepOutOfLockedArea(editor, shape) : shape,
  )
}
