/**
 * The "Add sticky note" action: a new note in the middle of the view, ready to type in. In the
 * middle of a frame (a coop's corner), the note goes into that frame, so it belongs to the
 * corner and moves with it, as it would with tldraw's own note tool.
 */
import { createShapeId, startEditingShapeWithRichText, type Editor, type TLParentId, type TLShape, type TLShapeId, type VecLike } from 'tldraw'

/** tldraw's note is 200×200 page units at scale 1. */
const NOTE_SIZE = 200
/** Offset for each further note dropped on the same spot, so repeated clicks fan out. */
const CASCADE_STEP = 24
/** Space kept between a note and the edge of the frame it is dropped into. */
const FRAME_PADDING = 24

/**
 * The topmost shape at `point` that takes new notes as children (a frame), or undefined. The
 * same test tldraw's createShapes applies to a new shape's position, but at the point the
 * person is looking at rather than at the note's top-left corner.
 */
function containerAt(editor: Editor, point: VecLike): TLShape | undefined {
  const shapes = editor.getCurrentPageShapesSorted()
  for (let i = shapes.length - 1; i >= 0; i--) {
    const shape = shapes[i]
    if (!shape || editor.isShapeHidden(shape)) continue
    if (!editor.getShapeUtil(shape).canReceiveNewChildrenOfType(shape, 'note')) continue
    if (editor.isPointInShape(shape, point, { margin: 0, hitInside: true })) return shape
  }
  return undefined
}

/** Keeps a note's top-left `value` inside `[padding, size - NOTE_SIZE - padding]` where it fits. */
function clampInto(value: number, size: number): number {
  const max = size - NOTE_SIZE - FRAME_PADDING
  return max < FRAME_PADDING ? value : Math.min(Math.max(value, FRAME_PADDING), max)
}

/** Where the note goes: its parent and its top-left corner in that parent's space. */
function placement(editor: Editor, center: VecLike): { parentId: TLParentId; x: number; y: number } {
  const frame = containerAt(editor, center)
  if (!frame) return { parentId: editor.getCurrentPageId(), x: center.x - NOTE_SIZE / 2, y: center.y - NOTE_SIZE / 2 }
  const local = editor.getPointInShapeSpace(frame, center)
  const bounds = editor.getShapeGeometry(frame).bounds
  return {
    parentId: frame.id,
    x: clampInto(local.x - NOTE_SIZE / 2, bounds.w),
    y: clampInto(local.y - NOTE_SIZE / 2, bounds.h),
  }
}

/**
 * Creates a note centred in the current viewport, selects it and opens it for editing,
 * the way tldraw's own note tool leaves a fresh note.
 */
export function addStickyAtViewportCenter(editor: Editor): TLShapeId {
  const id = createShapeId()
  const { parentId, ...start } = placement(editor, editor.getViewportPageBounds().center)
  let { x, y } = start
  const siblings = editor.getSortedChildIdsForParent(parentId).map((childId) => editor.getShape(childId))
  const occupied = (px: number, py: number) =>
    siblings.some((shape) => shape?.type === 'note' && Math.abs(shape.x - px) < 1 && Math.abs(shape.y - py) < 1)
  for (let i = 0; i < 20 && occupied(x, y); i++) {
    x += CASCADE_STEP
    y += CASCADE_STEP
  }

  editor.markHistoryStoppingPoint('add sticky note')
  editor.setCurrentTool('select')
  // An explicit parent: tldraw would otherwise pick one from the note's top-left corner.
  editor.createShape({ id, type: 'note', parentId, x, y })
  editor.select(id)
  // The button had focus; give it back to the canvas so typing goes into the note.
  editor.focus()
  // No select-all: the note is empty, and tldraw applies that selection once its text editor
  // has mounted, which can land between a fast typist's first keys and scramble them.
  startEditingShapeWithRichText(editor, id)
  return id
}
