/**
 * Moving the view for breakouts: into a group's area, and back to the plenary (the page's
 * content outside the group areas: coop corners, the plenary's own notes).
 */
import { Box, type Editor } from 'tldraw'
import { isGroupAreaRecord } from '../../../shared/breakouts/areas'
import { flyToShape, whenShapeExists, type FlyOptions } from '../corners/camera'

const FLY_DURATION_MS = 450
const PLENARY_INSET = 64

/** Flies to the area `areaId` once the editor has it; false when it never arrives. */
export async function flyToGroupArea(editor: Editor, areaId: string, options: FlyOptions = {}): Promise<boolean> {
  if (!(await whenShapeExists(editor, areaId))) return false
  return flyToShape(editor, areaId, options)
}

/** The bounds of the top-level shapes of the current page that are not group areas, or null. */
export function plenaryBounds(editor: Editor): Box | null {
  const boxes = editor
    .getCurrentPageShapes()
    .filter((shape) => shape.parentId === editor.getCurrentPageId() && !isGroupAreaRecord(shape))
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((box): box is Box => box !== undefined)
  return boxes.length > 0 ? Box.Common(boxes) : null
}

/**
 * Flies to the plenary: the content outside the group areas, never closer than 100 %, or the
 * page's origin when there is nothing else.
 */
export function flyToPlenary(editor: Editor): void {
  editor.stopFollowingUser()
  const bounds = plenaryBounds(editor)
  const animation = { duration: FLY_DURATION_MS }
  if (bounds) editor.zoomToBounds(bounds, { inset: PLENARY_INSET, targetZoom: 1, animation })
  else editor.centerOnPoint({ x: 0, y: 0 }, { animation })
}
