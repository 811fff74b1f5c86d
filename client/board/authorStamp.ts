/**
 * Stamps the author on every sticky note this participant creates — with the button,
 * tldraw's note tool, paste or duplicate — so the board shows who wrote what. Features that
 * hide writers (anonymous areas) register their side effects after this one.
 */
import type { Editor, TLShape } from 'tldraw'
import { readNoteAuthor, type NoteAuthor } from '../../shared/participant'

/**
 * Returns the shape with `meta.author` set when it is a note created locally without one.
 * Remote records are left alone (the author is whoever created them elsewhere), and an
 * existing author is kept, so a pasted or duplicated note keeps its original author.
 */
export function stampAuthor(shape: TLShape, source: 'remote' | 'user', author: NoteAuthor): TLShape {
  if (source !== 'user') return shape
  if (shape.type !== 'note' || readNoteAuthor(shape.meta)) return shape
  return {
    ...shape,
    meta: { ...shape.meta, author: { id: author.id, name: author.name, coop: author.coop } },
  }
}

/**
 * Registers the stamp as a before-create side effect. `getAuthor` is read at creation time,
 * so a name changed mid-meeting applies to the next note. Returns the unregister function.
 */
export function registerAuthorStamp(editor: Editor, getAuthor: () => NoteAuthor): () => void {
  return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => stampAuthor(shape, source, getAuthor()))
}
