/**
 * Test helpers: valid tldraw records built the way the editor would, and a comparable dump of
 * a store's document records. Used by the sync tests only.
 */
import {
  createShapeId,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type IndexKey,
  type TLNoteShape,
  type TLPageId,
  type TLRecord,
  type TLShapeId,
  type TLStore,
} from 'tldraw'
import { createNoteRecord } from '../../../shared/notes'
import { isDocumentType } from '../recordDecoder'

/** The page every test board starts with (tldraw's own default page id). */
export const TEST_PAGE_ID: TLPageId = PageRecordType.createId('page')

/** The document and page records tldraw's editor creates on mount. */
export function initialDocumentRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: TEST_PAGE_ID, name: 'Page 1', index: 'a1' as IndexKey }),
  ]
}

/** Fields of a note a test may choose; everything else gets NoteShapeUtil's defaults. */
export interface NoteInit {
  id?: TLShapeId
  x?: number
  y?: number
  text?: string
  index?: IndexKey
  parentId?: TLPageId
}

/** A complete, valid sticky note, built by the shared record helper bots use too. */
export function makeNote(init: NoteInit = {}): TLNoteShape {
  const record = createNoteRecord({
    id: init.id ?? createShapeId(),
    x: init.x ?? 0,
    y: init.y ?? 0,
    text: init.text ?? '',
    index: init.index ?? 'a1',
    parentId: init.parentId ?? TEST_PAGE_ID,
  })
  // The shared helper builds plain JSON; tldraw's branded id and index types are the same strings.
  return record as unknown as TLNoteShape
}

/** JSON with object keys sorted, so key order (which Yjs and validators may change) is ignored. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries)
  })
}

/** The store's document records, sorted by id and serialised: equal strings, equal boards. */
export function documentState(store: TLStore): string {
  const records = store
    .allRecords()
    .filter((r) => isDocumentType(store, r.typeName))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return stableStringify(records)
}
