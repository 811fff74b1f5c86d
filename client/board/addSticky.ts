/**
 * The "Add sticky note" action: a new note at the next free spot of the person's area (their
 * corner, their group's area, the frame they look at, else the view), ready to type in. A note
 * in a frame is its child, so it belongs to the corner and moves with it; a full frame grows
 * downwards in the same change, so others see the note and the taller frame together.
 */
import { createShapeId, startEditingShapeWithRichText, type Editor, type TLShapeId } from 'tldraw'
import { freeSpot } from '../../shared/placement/freeSpot'
import { noteArea } from '../lib/noteArea'
import { keepOffConcurrentNotes } from './noteCollision'

/** tldraw's note is 200×200 page units at scale 1. */
const NOTE_SIZE = { w: 200, h: 200 }

/** How long the camera takes to bring a note placed out of view into it. */
const PAN_DURATION_MS = 300

/**
 * Creates a note at the next free spot, selects it and opens it for editing, the way tldraw's
 * own note tool leaves a fresh note. `homeId` is the frame the features name as this person's
 * (see `FeatureParts.noteHome`), or null.
 */
export function addStickyAtFreeSpot(editor: Editor, homeId: string | null): TLShapeId {
  const id = createShapeId()
  const { frame, area, occupied } = noteArea(editor, homeId)
  const { spot, grownHeight } = freeSpot(area, occupied, NOTE_SIZE)

  editor.markHistoryStoppingPoint('add sticky note')
  editor.setCurrentTool('select')
  // One run: the binding writes the note and the grown frame in one document transaction.
  editor.run(() => {
    if (frame && grownHeight !== null) editor.updateShape({ id: frame.id, type: 'frame', props: { h: grownHeight } })
    // An explicit parent: tldraw would otherwise pick one from the note's top-left corner.
    const local = frame ? editor.getPointInShapeSpace(frame, spot) : spot
    editor.createShape({ id, type: 'note', parentId: frame?.id ?? editor.getCurrentPageId(), x: local.x, y: local.y })
  })
  keepOffConcurrentNotes(editor, id, frame?.id ?? null, NOTE_SIZE)
  editor.select(id)
  const bounds = editor.getShapePageBounds(id)
  if (bounds && !editor.getViewportPageBounds().contains(bounds)) {
    editor.centerOnPoint(bounds.center, { animation: { duration: PAN_DURATION_MS } })
  }
  // The button had focus; give it back to the canvas so typing goes into the note.
  editor.focus()
  // No select-all: the note is empty, and tldraw applies that selection once its text editor
  // has mounted, which can land between a fast typist's first keys and scramble them.
  startEditingShapeWithRichText(editor, id)
  return id
}
