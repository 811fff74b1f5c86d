/**
 * Where the labels of group areas go on screen: the top-left corner of each visible area of
 * the current session, at a constant size, so the topic, members and rapporteur stay readable
 * when the board is zoomed out to see every group.
 */
import type { Editor, TLShapeId } from 'tldraw'
import type { BreakoutSession } from '../../../shared/breakouts/types'

/** Areas narrower than this on screen get no label: it could not show a readable name. */
const MIN_LABEL_WIDTH = 96

/** One area label's place, in screen pixels relative to the canvas. */
export interface AreaLabelPlace {
  groupId: string
  x: number
  y: number
  /** Width of the area on screen: the label may not be wider. */
  maxWidth: number
}

/** The places of the labels of `session`'s visible areas. */
export function areaLabelPlaces(editor: Editor, session: BreakoutSession | null): AreaLabelPlace[] {
  if (!session) return []
  const zoom = editor.getZoomLevel()
  const viewport = editor.getViewportPageBounds()
  const places: AreaLabelPlace[] = []
  for (const group of session.groups) {
    const bounds = editor.getShapePageBounds(group.areaId as TLShapeId)
    if (!bounds || !viewport.collides(bounds) || bounds.w * zoom < MIN_LABEL_WIDTH) continue
    const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y })
    places.push({ groupId: group.id, x: topLeft.x, y: topLeft.y, maxWidth: bounds.w * zoom })
  }
  return places
}
