/**
 * Labels for coop corners when the board is zoomed far out. tldraw draws a frame's name at a
 * size that shrinks with the zoom, so an assembly's overview of 30 corners shows unreadable
 * specks; these labels keep each coop's name readable at a constant size in its corner.
 */
import type { Editor, TLShape } from 'tldraw'
import { isCornerRecord } from '../../../shared/corners/cornerRecord'
import type { NoteColor } from '../../../shared/notes'

/** Below this zoom tldraw's frame names are smaller than 12 screen pixels. */
export const OVERVIEW_ZOOM = 0.28

/** Corners narrower than this on screen get no label: it could not show a readable name. */
const MIN_LABEL_WIDTH = 56

/** One label, in screen pixels relative to the canvas. */
export interface OverviewLabel {
  id: string
  name: string
  color: NoteColor | null
  notes: number
  x: number
  y: number
  /** Width of the corner on screen: the label may not be wider. */
  maxWidth: number
}

/** The corners on the current page. */
export function cornerShapes(editor: Editor): TLShape[] {
  return editor.getCurrentPageShapes().filter((shape) => isCornerRecord(shape))
}

function frameName(shape: TLShape): string {
  const name = (shape.props as { name?: unknown }).name
  return typeof name === 'string' ? name : ''
}

function frameColor(shape: TLShape): NoteColor | null {
  const color = (shape.props as { color?: unknown }).color
  return typeof color === 'string' ? (color as NoteColor) : null
}

/** Notes in `corner` and one level below (a group in it), counted as the directory does. */
function notesIn(editor: Editor, corner: TLShape): number {
  let count = 0
  for (const childId of editor.getSortedChildIdsForParent(corner.id)) {
    if (editor.getShape(childId)?.type === 'note') count++
    else for (const id of editor.getSortedChildIdsForParent(childId)) if (editor.getShape(id)?.type === 'note') count++
  }
  return count
}

/** Labels for the visible `corners`, or none when the zoom is high enough for tldraw's own. */
export function overviewLabels(editor: Editor, corners: readonly TLShape[]): OverviewLabel[] {
  const zoom = editor.getZoomLevel()
  if (zoom >= OVERVIEW_ZOOM) return []
  const viewport = editor.getViewportPageBounds()
  const labels: OverviewLabel[] = []
  for (const corner of corners) {
    const bounds = editor.getShapePageBounds(corner)
    if (!bounds || !viewport.collides(bounds) || bounds.w * zoom < MIN_LABEL_WIDTH) continue
    const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y })
    const notes = notesIn(editor, corner)
    labels.push({
      id: corner.id,
      name: frameName(corner),
      color: frameColor(corner),
      notes,
      x: topLeft.x,
      y: topLeft.y,
      maxWidth: bounds.w * zoom,
    })
  }
  return labels
}
