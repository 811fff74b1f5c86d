/**
 * Moving the camera to corners: to one coop's corner (the directory, arriving on the board)
 * or to the whole region of corners (after an import). tldraw slows or skips the animation
 * for people who ask for reduced motion.
 */
import { Box, type Editor, type TLShapeId } from 'tldraw'
import { isCornerRecord } from '../../../shared/corners/cornerRecord'

/** Long enough to see where the board went, short enough not to wait for it. */
const FLY_DURATION_MS = 450
/** Screen pixels kept free around the target, so the frame's label stays in view. */
const FLY_INSET = 56

/** Share of a target's height kept free above it for the frame's name, which tldraw draws above the frame. */
const HEADING_ROOM = 0.06

/** How a flight moves the camera. */
export interface FlyOptions {
  /** Moves a locked camera too (the stage locks a follower's camera on the presenter). */
  force?: boolean
}

/** Animates the camera to fit `bounds`, with room above for the name of the frame. */
function flyToBounds(editor: Editor, bounds: Box, options: FlyOptions = {}): void {
  editor.stopFollowingUser()
  const room = bounds.h * HEADING_ROOM
  const target = new Box(bounds.x, bounds.y - room, bounds.w, bounds.h + room)
  editor.zoomToBounds(target, { inset: FLY_INSET, force: options.force ?? false, animation: { duration: FLY_DURATION_MS } })
}

/** Flies to the shape `id`, switching to its page first; false when there is no such shape. */
export function flyToShape(editor: Editor, id: string, options: FlyOptions = {}): boolean {
  return flyToShapes(editor, [id], options)
}

/**
 * Flies to fit the shapes `ids` that exist, switching to the page of the first one (the others
 * are expected on the same page); false when none exists.
 */
export function flyToShapes(editor: Editor, ids: readonly string[], options: FlyOptions = {}): boolean {
  const shapes = ids.map((id) => editor.getShape(id as TLShapeId)).filter((shape) => shape !== undefined)
  const first = shapes[0]
  if (!first) return false
  const pageId = editor.getAncestorPageId(first)
  if (pageId && pageId !== editor.getCurrentPageId()) editor.setCurrentPage(pageId)
  const boxes = shapes.map((shape) => editor.getShapePageBounds(shape)).filter((box): box is Box => box !== undefined)
  if (boxes.length === 0) return false
  flyToBounds(editor, Box.Common(boxes), options)
  return true
}

/** Flies to fit every corner on the current page; false when there is none. */
export function flyToCorners(editor: Editor): boolean {
  const boxes = editor
    .getCurrentPageShapes()
    .filter((shape) => isCornerRecord(shape))
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((box): box is Box => box !== undefined)
  if (boxes.length === 0) return false
  flyToBounds(editor, Box.Common(boxes))
  return true
}

/**
 * Resolves true once the shape `id` is in the editor's store, or false after `timeoutMs`.
 * A corner written into the document reaches the store a moment later (the binding applies
 * document changes in batches), and the camera can only go to what the editor has.
 */
export function whenShapeExists(editor: Editor, id: string, timeoutMs = 5000): Promise<boolean> {
  const shapeId = id as TLShapeId
  if (editor.getShape(shapeId)) return Promise.resolve(true)
  return new Promise((resolve) => {
    const done = (found: boolean): void => {
      clearTimeout(timer)
      unlisten()
      resolve(found)
    }
    const unlisten = editor.store.listen(
      () => {
        if (editor.getShape(shapeId)) done(true)
      },
      { scope: 'document' },
    )
    const timer = setTimeout(() => done(false), timeoutMs)
  })
}
