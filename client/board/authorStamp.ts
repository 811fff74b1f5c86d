/**
 * Stamps the author on every sticky note this participant creates — with the button,
 * tldraw's note tool, paste or duplicate — so the board shows who wrote what. Inside an
 * anonymous area (shared/areas/anonymous.ts) it does the opposite: no stamp, and neither the author
 * nor tldraw's `textLastEditedBy` (set on every text edit) survives a local change there, so
 * this browser never sends who wrote in an anonymous area (the server clears it anyway).
 */
import type { Editor, TLShape, TLShapeId } from 'tldraw'
import { anonymousAreaFrom, isAnonymousArea, namesWriter, withoutWriter } from '../../shared/areas/anonymous'
import type { RecordLookup } from '../../shared/areas/areas'
import { readNoteAuthor, type NoteAuthor } from '../../shared/participant'

/**
 * Returns the shape with `meta.author` set when it is a note created locally without one.
 * Remote records are left alone (the author is whoever created them elsewhere), and an
 * existing author is kept, so a pasted or duplicated note keeps its original author. In an
 * anonymous area a local shape is returned naming no writer instead.
 */
export function stampAuthor(shape: TLShape, source: 'remote' | 'user', author: NoteAuthor, inAnonymousArea = false): TLShape {
  if (source !== 'user') return shape
  if (inAnonymousArea) return unstampWriter(shape)
  if (shape.type !== 'note' || readNoteAuthor(shape.meta)) return shape
  return {
    ...shape,
    meta: { ...shape.meta, author: { id: author.id, name: author.name, coop: author.coop } },
  }
}

/** The shape naming no writer (itself when it names none): no `meta.author`, no `textLastEditedBy`. */
export function unstampWriter(shape: TLShape): TLShape {
  return namesWriter(shape) ? withoutWriter(shape) : shape
}

/** True when `shape` (not necessarily in the store yet) is, or sits in, an anonymous area. */
export function inAnonymousArea(records: RecordLookup, shape: TLShape): boolean {
  return isAnonymousArea(shape) || anonymousAreaFrom(records, shape.parentId) !== null
}

/**
 * Registers the stamp as before-create and before-change side effects. `getAuthor` is read at
 * creation time, so a name changed mid-meeting applies to the next note. They see a record
 * after tldraw's note util has set `textLastEditedBy` (its `onBeforeUpdate` and
 * `onBeforeDuplicate` run before the record reaches the store). Returns the unregister function.
 */
export function registerAuthorStamp(editor: Editor, getAuthor: () => NoteAuthor): () => void {
  const records: RecordLookup = { get: (id: string) => editor.getShape(id as TLShapeId) }
  const stopCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
    stampAuthor(shape, source, getAuthor(), inAnonymousArea(records, shape)),
  )
  const stopChange = editor.sideEffects.registerBeforeChangeHandler('shape', (_before, after, source) =>
    source === 'user' && namesWriter(after) && inAnonymousArea(records, after) ? withoutWriter(after) : after,
  )
  return () => {
    stopCreate()
    stopChange()
  }
}
