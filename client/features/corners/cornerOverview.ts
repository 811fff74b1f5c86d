/**
 * Labels for coop corners when the board is zoomed far out. tldraw draws a frame's name at a
 * size that shrinks with the zoom, so an assembly's overview of 30 corners shows unreadable
 * specks; these labels keep each coop's name readable inside its corner, shrinking with the
 * zoom down to a minimum, then shortened at a word boundary, or left out (see fitLabel.ts).
 */
import type { Editor, TLShape } from 'tldraw'
import { isCornerRecord } from '../../../shared/corners/cornerRecord'
import type { NoteColor } from '../../../shared/notes'
import { fitLabel, placeLabel, type FittedLabel, type LabelSpec, type MeasureText } from '../../lib/fitLabel'

/** Below this zoom tldraw's frame names are smaller than 12 screen pixels. */
export const OVERVIEW_ZOOM = 0.28

/** The note count's pill: its font, padding and the gap before it (cornerOverview.css). */
const COUNT = { fontSize: 11, fontWeight: 650, minWidth: 16, padding: 8, gap: 5 }

/** A corner label: 40 page units tall (12 px just below OVERVIEW_ZOOM), 9 px at least. */
const CORNER_LABEL: LabelSpec = {
  pageFontSize: 40,
  minFontSize: 9,
  maxFontSize: 12,
  fontWeight: 650,
  lineHeight: 1.3,
  maxLines: 2,
  // 6 px padding each side and the 3 px colour edge; 2 px padding above and below.
  chromeWidth: 15,
  chromeHeight: 4,
  inset: 4,
}

/** One label, in screen pixels relative to the canvas. */
export interface OverviewLabel {
  id: string
  /** The coop's whole name, for the tooltip when the label shows it shortened. */
  name: string
  color: NoteColor | null
  notes: number
  x: number
  y: number
  fitted: FittedLabel
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
export function overviewLabels(editor: Editor, corners: readonly TLShape[], measure: MeasureText): OverviewLabel[] {
  const zoom = editor.getZoomLevel()
  if (zoom >= OVERVIEW_ZOOM) return []
  const viewport = editor.getViewportPageBounds()
  const labels: OverviewLabel[] = []
  for (const corner of corners) {
    const bounds = editor.getShapePageBounds(corner)
    if (!bounds || !viewport.collides(bounds)) continue
    const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y })
    const frame = { x: topLeft.x, y: topLeft.y, w: bounds.w * zoom, h: bounds.h * zoom }
    const notes = notesIn(editor, corner)
    const count =
      notes > 0 ? Math.max(COUNT.minWidth, measure(String(notes), COUNT.fontSize, COUNT.fontWeight) + COUNT.padding) + COUNT.gap : 0
    const spec = { ...CORNER_LABEL, chromeWidth: CORNER_LABEL.chromeWidth + count }
    const name = frameName(corner)
    const fitted = fitLabel(name, frame, zoom, spec, measure)
    if (!fitted) continue
    labels.push({ id: corner.id, name, color: frameColor(corner), notes, ...placeLabel(frame, fitted, 'top-left', spec.inset), fitted })
  }
  return labels
}
