/**
 * Test helpers: valid tldraw records built the way the editor would, and a comparable dump of
 * a store's document records. Used by the sync tests only.
 */
import {
  createShapeId,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  toRichText,
  type IndexKey,
  type TLNoteShape,
  type TLPageId,
  type TLRecord,
  type TLShapeId,
  type TLStore,
} from 'tldraw'
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

/** A complete, valid sticky note (props as NoteShapeUtil.getDefaultProps gives them). */
export function makeNote(init: NoteInit = {}): TLNoteShape {
  return {
    id: init.id ?? createShapeId(),
    typeName: 'shape',
    type: 'note',
    x: init.x ?? 0,
    y: init.y ?? 0,
    rotation: 0,
    index: init.index ?? ('a1' as IndexKey),
    parentId: init.parentId ?? TEST_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      richText: toRichText(init.text ?? ''),
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      labelColor: 'black',
      growY: 0,
      fontSizeAdjustment: 1,
      url: '',
      scale: 1,
      textLastEditedBy: null,
    },
  }
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
