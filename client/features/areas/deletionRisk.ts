/**
 * What a deletion would take with it: how many frames, how many sticky notes inside them, and
 * how many of those someone else wrote. Deleting a frame deletes everything in it, so a
 * facilitator tidying the board could wipe a corner of 51 notes with one key. Pure over plain
 * shapes, so it is tested without an editor.
 */
import { readNoteAuthor } from '../../../shared/participant'

/** The part of a shape this needs. */
export interface ShapeFacts {
  id: string
  type: string
  meta: unknown
}

/** What a deletion takes with it. */
export interface DeletionRisk {
  /** Frames among the shapes deleted on purpose (the selection). */
  frames: number
  /** Sticky notes deleted with them, selected or inside. */
  notes: number
  /** Of those, notes whose writer is not `me` (or is hidden, in an anonymous area). */
  byOthers: number
}

/**
 * The risk of deleting `selected` and, with them, `removed` (the selection and everything
 * inside it) for the person `me`.
 */
export function deletionRisk(selected: readonly ShapeFacts[], removed: readonly ShapeFacts[], me: string): DeletionRisk {
  const notes = removed.filter((shape) => shape.type === 'note')
  return {
    frames: selected.filter((shape) => shape.type === 'frame').length,
    notes: notes.length,
    byOthers: notes.filter((note) => readNoteAuthor(note.meta)?.id !== me).length,
  }
}

/** True when the deletion must be confirmed: it takes frames holding notes someone else wrote. */
export function needsConfirmation(risk: DeletionRisk): boolean {
  return risk.frames > 0 && risk.byOthers > 0
}
