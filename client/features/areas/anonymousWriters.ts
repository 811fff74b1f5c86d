/**
 * Nobody's name on what is written in an anonymous area (shared/areas/anonymous.ts), in this
 * browser: a local change there keeps neither the author the board stamps on new notes nor
 * tldraw's `textLastEditedBy` (set on every text edit), so this browser never sends who wrote
 * in an anonymous area (the server clears it anyway); and a note there is drawn, exported and
 * copied naming nobody, whatever an older record still holds.
 */
import type { Editor, TLNoteShape, TLShape, TLShapeId } from 'tldraw'
import { anonymousAreaFrom, isAnonymousArea, namesWriter, withoutWriter } from '../../../shared/areas/anonymous'
import type { RecordLookup } from '../../../shared/areas/areas'

/** True when `shape` (not necessarily in the store yet) is, or sits in, an anonymous area. */
export function inAnonymousArea(records: RecordLookup, shape: TLShape): boolean {
  return isAnonymousArea(shape) || anonymousAreaFrom(records, shape.parentId) !== null
}

/**
 * `shape` as a local change may store it: naming no writer in an anonymous area of `records`.
 * Remote records are left alone: the server has cleared them.
 */
export function clearWriterInAnonymousArea(records: RecordLookup, shape: TLShape, source: 'remote' | 'user'): TLShape {
  return source === 'user' && namesWriter(shape) && inAnonymousArea(records, shape) ? withoutWriter(shape) : shape
}

function lookupIn(editor: Editor): RecordLookup {
  return { get: (id: string) => editor.getShape(id as TLShapeId) }
}

/**
 * Registers the clearing as before-create and before-change side effects, after the board's
 * author stamp, so a note created in an anonymous area ends with no stamp. They see a record
 * after tldraw's note util has set `textLastEditedBy` (its `onBeforeUpdate` and
 * `onBeforeDuplicate` run before the record reaches the store). Returns the unregister function.
 */
export function registerAnonymousWriters(editor: Editor): () => void {
  const records = lookupIn(editor)
  const stopCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
    clearWriterInAnonymousArea(records, shape, source),
  )
  const stopChange = editor.sideEffects.registerBeforeChangeHandler('shape', (_before, after, source) =>
    clearWriterInAnonymousArea(records, after, source),
  )
  return () => {
    stopCreate()
    stopChange()
  }
}

/** The note as it may be shown: naming no writer when it sits in an anonymous area. */
export function anonymousNoteAsShown(editor: Editor, note: TLNoteShape): TLNoteShape {
  return anonymousAreaFrom(lookupIn(editor), note.parentId) === null ? note : withoutWriter(note)
}
