/**
 * Two people pressing "Add sticky note" in the same area at the same moment compute the same
 * free spot, each from the records it has. For a short while after adding a note, this browser
 * watches for a note from someone else landing on it; of the two, the note with the greater id
 * moves on to the next free spot. Both browsers apply the same rule, so exactly one moves, and
 * only its owner moves it.
 */
import type { Editor, TLShape, TLShapeId } from 'tldraw'
import { boxesOverlap } from '../../shared/geometry'
import { freeSpot, type Size } from '../../shared/placement/freeSpot'
import { noteArea } from '../lib/noteArea'

/** Long enough for the other note to arrive over a slow link. */
const WATCH_MS = 5000

/** Keeps the note `id` off notes others add at the same moment; returns the stop function. */
export function keepOffConcurrentNotes(editor: Editor, id: TLShapeId, homeId: string | null, size: Size): () => void {
  const stop = editor.sideEffects.registerAfterCreateHandler('shape', (theirs: TLShape, source) => {
    if (source !== 'remote' || theirs.type !== 'note' || theirs.id >= id) return
    const mine = editor.getShape(id)
    const a = editor.getShapePageBounds(id)
    const b = editor.getShapePageBounds(theirs)
    if (!mine || !a || !b || !boxesOverlap(a, b)) return
    const { frame, area, occupied } = noteArea(editor, homeId)
    // The note's own box is not an obstacle to its next spot.
    const others = occupied.filter((box) => !(box.x === a.x && box.y === a.y && box.w === a.w && box.h === a.h))
    const { spot, grownHeight } = freeSpot(area, others, size)
    editor.run(() => {
      if (frame && grownHeight !== null) editor.updateShape({ id: frame.id, type: 'frame', props: { h: grownHeight } })
      const local = mine.parentId === frame?.id && frame ? editor.getPointInShapeSpace(frame, spot) : spot
      editor.updateShape({ id, type: 'note', x: local.x, y: local.y })
    })
  })
  const timer = setTimeout(stop, WATCH_MS)
  return () => {
    clearTimeout(timer)
    stop()
  }
}
