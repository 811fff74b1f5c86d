/**
 * Where the labels of group areas go on screen and how big they are: inside the top-left
 * corner of each visible area of the current session, the topic's size following the zoom
 * down to a minimum, then shortened at a word boundary, or left out when the area is too small
 * on screen (see fitLabel.ts), so the topic, members and rapporteur never spill over the area.
 */
import type { Editor, TLShapeId } from 'tldraw'
import type { BreakoutSession } from '../../../shared/breakouts/types'
import type { LabelSpec, ScreenRect } from '../../lib/fitLabel'

/**
 * A group area's label (breakouts.css): the topic at its full 15 px down to a zoom of about
 * 40% (36 page units), then smaller with the zoom down to 10 px; members and rapporteur smaller.
 */
export const AREA_LABEL: LabelSpec = {
  pageFontSize: 36,
  minFontSize: 10,
  maxFontSize: 15,
  fontWeight: 700,
  lineHeight: 1.35,
  maxLines: 2,
  // 10 px padding each side; 6 px above and below and 1 px between the lines.
  chromeWidth: 20,
  chromeHeight: 14,
  inset: 8,
  secondaryScale: 0.8,
  // The rapporteur's line is the boldest of the two: measuring with it never falls short.
  secondaryWeight: 650,
}

/** One visible area on screen, in pixels relative to the canvas. */
export interface AreaLabelPlace {
  groupId: string
  frame: ScreenRect
  zoom: number
}

/** The visible areas of `session`'s groups, on screen. */
export function areaLabelPlaces(editor: Editor, session: BreakoutSession | null): AreaLabelPlace[] {
  if (!session) return []
  const zoom = editor.getZoomLevel()
  const viewport = editor.getViewportPageBounds()
  const places: AreaLabelPlace[] = []
  const pageId = editor.getCurrentPageId()
  for (const group of session.groups) {
    // An archived session's areas are on the Archive page: no label over this page's content.
    if (editor.getAncestorPageId(group.areaId as TLShapeId) !== pageId) continue
    const bounds = editor.getShapePageBounds(group.areaId as TLShapeId)
    if (!bounds || !viewport.collides(bounds)) continue
    const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y })
    places.push({ groupId: group.id, frame: { x: topLeft.x, y: topLeft.y, w: bounds.w * zoom, h: bounds.h * zoom }, zoom })
  }
  return places
}
