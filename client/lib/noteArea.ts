/**
 * Which area of the board a new note fills, and what already lies in it: the frame a feature
 * names as the person's home (their corner, their group's area), else the frame in the middle of
 * the view, else the view itself. Boxes are in page coordinates. Names no feature: the features
 * name the home (`FeatureParts.noteHome`).
 */
import type { Editor, TLFrameShape, TLShape, TLShapeId, VecLike } from 'tldraw'
import type { Box } from '../../shared/geometry'
import { DEFAULT_PADDING, type PlacementArea } from '../../shared/placement/freeSpot'

/**
 * Room kept at the top of a frame for the label drawn inside it (a group area's topic and
 * members), in page units: about its height at zoom 1.
 */
const FRAME_LABEL_ROOM = 64

/** Screen pixels kept free along the view's edges: tldraw's page menu, style panel and notices sit there. */
const VIEW_INSET_PX = 96

/** The area a new note fills: a frame (grown when full) or the view (wrapped below when full). */
export interface NoteArea {
  /** The frame the note goes into, or null for the page. */
  frame: TLFrameShape | null
  area: PlacementArea
  /** Everything already in the area, in page coordinates. */
  occupied: Box[]
}

function isFrame(shape: TLShape | undefined): shape is TLFrameShape {
  return shape?.type === 'frame'
}

/** True when new notes may go into `shape`: a frame on this page that no lock holds. */
function takesNotes(editor: Editor, shape: TLShape | undefined): shape is TLFrameShape {
  return isFrame(shape) && editor.getAncestorPageId(shape) === editor.getCurrentPageId() && !editor.isShapeOrAncestorLocked(shape)
}

/**
 * The topmost frame at `point` that takes new notes, or undefined: the same test tldraw's
 * createShapes applies to a new shape's position, but at the point the person looks at.
 */
function frameAt(editor: Editor, point: VecLike): TLFrameShape | undefined {
  const shapes = editor.getCurrentPageShapesSorted()
  for (let i = shapes.length - 1; i >= 0; i--) {
    const shape = shapes[i]
    if (!shape || editor.isShapeHidden(shape) || !takesNotes(editor, shape)) continue
    if (!editor.getShapeUtil(shape).canReceiveNewChildrenOfType(shape, 'note')) continue
    if (editor.isPointInShape(shape, point, { margin: 0, hitInside: true })) return shape
  }
  return undefined
}

/**
 * The page boxes of every shape that overlaps `box`, except `frame` and what contains it. In a
 * frame, other frames (the corner below, which a grown corner reaches) are no obstacle, only
 * what lies in them: the frame is drawn over them once it grows, and skipping their whole
 * extent would leave a hole in the frame's grid.
 */
function shapesIn(editor: Editor, box: Box, frame: TLFrameShape | null): Box[] {
  const skip = new Set<TLShapeId>(frame ? [frame.id, ...editor.getShapeAncestors(frame).map((shape) => shape.id)] : [])
  const occupied: Box[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    if (skip.has(shape.id) || editor.isShapeHidden(shape)) continue
    if (frame && isFrame(shape) && !editor.hasAncestor(shape, frame.id)) continue
    const bounds = editor.getShapePageBounds(shape)
    if (bounds && bounds.x < box.x + box.w && box.x < bounds.maxX && bounds.y < box.y + box.h && box.y < bounds.maxY) {
      occupied.push({ x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h })
    }
  }
  return occupied
}

/** The area a note added now fills; `homeId` is the frame a feature names as the person's home. */
export function noteArea(editor: Editor, homeId: string | null): NoteArea {
  const viewport = editor.getViewportPageBounds()
  const home = homeId ? editor.getShape(homeId as TLShapeId) : undefined
  const frame = (takesNotes(editor, home) ? home : undefined) ?? frameAt(editor, viewport.center) ?? null
  const bounds = frame ? editor.getShapePageBounds(frame) : undefined
  if (frame && bounds) {
    const box = { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h }
    return {
      frame,
      area: { box, whenFull: 'grow', padding: DEFAULT_PADDING, labelHeight: FRAME_LABEL_ROOM },
      occupied: shapesIn(editor, box, frame),
    }
  }
  return viewArea(editor)
}

/** The view as an area to fill, wrapped below when full: for what never goes into a frame (a proposal's card). */
export function viewArea(editor: Editor): NoteArea {
  const viewport = editor.getViewportPageBounds()
  const box = { x: viewport.x, y: viewport.y, w: viewport.w, h: viewport.h }
  // Kept in screen pixels, so that at any zoom a note clears tldraw's menus over the canvas edges.
  const padding = VIEW_INSET_PX / editor.getZoomLevel()
  return { frame: null, area: { box, whenFull: 'wrap', padding }, occupied: shapesIn(editor, box, null) }
}
