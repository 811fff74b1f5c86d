/**
 * Stamps the author on every sticky note this participant creates — with the button,
 * tldraw's note tool, paste or duplicate — so the board shows who wrote what. Inside an
 * anonymous area (shared/anonymous.ts) it does the opposite: no stamp, and a note moved or
 * pasted in loses its author, since the server refuses an authored note there.
 */
import type { Editor, TLShape, TLShapeId } from 'tldraw'
import { anonymousAreaFrom, withoutAuthor } from '../../shared/anonymous'
import { readNoteAuthor, type NoteAuthor } from '../../shared/participant'

/**
 * Returns the shape with `meta.author` set when it is a note created locally without one.
 * Remote records are left alone (the author is whoever created them elsewhere), and an
 * existing author is kept, so a pasted or duplicated note keeps its original author.
 */
export function stampAuthor(shape: TLShape, source: 'remote' | 'user', author: NoteAuthor, inAnonymousArea = false): TLShape {
  if (source !== 'user' || shape.type !== 'note') return shape
  if (inAnonymousArea) return unstampAuthor(shape)
  if (readNoteAuthor(shape.meta)) return shape
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
  const records = { get: (id: string) => editor.getShape(id as TLShapeId) }
  const inAnonymousArea = (shape: TLShape) => anonymousAreaFrom(records, shape.parentId) !== null
  const stopCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
    stampAuthor(shape, source, getAuthor(), shape.type === 'note' && inAnonymousArea(shape)),
  )
  const stopChange = editor.sideEffects.registerBeforeChangeHandler('shape', (_before, after, source) =>
    source === 'user' && 'author' in after.meta && inAnonymousArea(after) ? unstampAuthor(after) : after,
  )
  return () => {
    stopCreate()
    stopChange()
  }
}

/** The shape without `meta.author` (itself when it has none). */
export function unstampAuthor(shape: TLShape): TLShape {
  return 'author' in shape.meta ? withoutAuthor(shape) : shape
}
