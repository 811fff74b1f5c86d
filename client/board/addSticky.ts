/** The "Add sticky note" action: a new note in the middle of the view, ready to type in. */
import { createShapeId, startEditingShapeWithRichText, type Editor, type TLShapeId } from 'tldraw'

/** tldraw's note is 200×200 page units at scale 1. */
const NOTE_SIZE = 200
/** Offset for each further note dropped on the same spot, so repeated clicks fan out. */
const CASCADE_STEP = 24

/**
 * Creates a note centred in the current viewport, selects it and opens it for editing,
 * the way tldraw's own note tool leaves a fresh note.
 */
export function addStickyAtViewportCenter(editor: Editor): TLShapeId {
  const id = createShapeId()
  const center = editor.getViewportPageBounds().center
  let x = center.x - NOTE_SIZE / 2
  let y = center.y - NOTE_SIZE / 2
  const occupied = (px: number, py: number) =>
    editor
      .getCurrentPageShapes()
      .some((shape) => shape.type === 'note' && Math.abs(shape.x - px) < 1 && Math.abs(shape.y - py) < 1)
  for (let i = 0; i < 20 && occupied(x, y); i++) {
    x += CASCADE_STEP
    y += CASCADE_STEP
  }

  editor.markHistoryStoppingPoint('add sticky note')
  editor.setCurrentTool('select')
  editor.createShape({ id, type: 'note', x, y })
  editor.select(id)
  // The button had focus; give it back to the canvas so typing goes into the note.
  editor.focus()
  startEditingShapeWithRichText(editor, id, { selectAll: true })
  return id
}
