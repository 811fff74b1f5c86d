/**
 * The bare-tldraw peer's local snapshot: exactly the records Plenary's server holds for the
 * benchmark board, loaded into a stock tldraw store so the schema and the page are tldraw's.
 */
import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type IndexKey,
  type TLRecord,
  type TLStoreSnapshot,
} from 'tldraw'
import type * as Y from 'yjs'
import { asStoredRecord, recordsMap } from '../../shared/boardDoc'

/** A TLStoreSnapshot of every record in `doc`'s records map, plus what tldraw needs to open it. */
export function snapshotOfDoc(doc: Y.Doc): TLStoreSnapshot {
  const records: TLRecord[] = []
  recordsMap(doc).forEach((value) => {
    const record = asStoredRecord(value)
    // The map holds plain JSON written to tldraw 5.4's schema; the store validates each one.
    if (record) records.push(record as unknown as TLRecord)
  })
  // The notes' page and the document record, where the board's document has none of its own
  // (Plenary's client makes them locally, as tldraw does for an empty store).
  const ids = new Set(records.map((record) => record.id))
  if (!ids.has(TLDOCUMENT_ID)) records.push(DocumentRecordType.create({ id: TLDOCUMENT_ID }))
  const pageId = PageRecordType.createId('page')
  if (!ids.has(pageId)) records.push(PageRecordType.create({ id: pageId, name: 'Page 1', index: 'a1' as IndexKey }))
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
  store.mergeRemoteChanges(() => store.put(records))
  return store.getStoreSnapshot('document')
}
