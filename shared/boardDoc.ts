/**
 * The layout of a board's Y.Doc, shared by the client binding, the server and bots.
 * See docs/PROTOCOL.md for the full description and the measurements behind it.
 */
import type * as Y from 'yjs'
import { BoardRecords } from './records/boardRecords'

export { BoardRecords, RECORDS_MAP, type RecordsEvent, type RecordsObserver } from './records/boardRecords'
export { RECORD_PART_MAPS } from './records/parts'

/** Top-level Y.Map with facts about the document itself (keys in {@link DocMetaKey}). */
export const DOC_META_MAP = 'meta'

/** Keys of the {@link DOC_META_MAP} map. */
export const DocMetaKey = {
  /** The tldraw SerializedSchema the records were last written with. */
  schema: 'schema',
  /** {@link DOC_LAYOUT_VERSION} of the writer. */
  layoutVersion: 'layoutVersion',
} as const

/** A record as stored in the records map: plain JSON with at least an id and a typeName. */
export interface StoredRecord {
  id: string
  typeName: string
  [key: string]: unknown
}

const boardRecords = new WeakMap<Y.Doc, BoardRecords>()

/** The records of a board document, read and written as whole records (one instance per document). */
export function recordsMap(doc: Y.Doc): BoardRecords {
  let records = boardRecords.get(doc)
  if (!records) boardRecords.set(doc, (records = new BoardRecords(doc)))
  return records
}

/** The document-meta map of a board document. */
export function docMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOC_META_MAP)
}

/** Narrows a value read from the records map to a record, or null when it is not one. */
export function asStoredRecord(value: unknown): StoredRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const candidate = value as Record<string, unknown>
  if (typeof candidate.id !== 'string' || typeof candidate.typeName !== 'string') return null
  return candidate as StoredRecord
}

/** Every record of a board document, as the plain JSON it holds; entries that are not records are skipped. */
export function readRecords(doc: Y.Doc): StoredRecord[] {
  const records: StoredRecord[] = []
  recordsMap(doc).forEach((value) => {
    const record = asStoredRecord(value)
    if (record) records.push(record)
  })
  return records
}

/** Counts of what a board holds, for the REST API and the home page. */
export interface BoardCounts {
  records: number
  shapes: number
  notes: number
}

/** Counts the records, shapes and sticky notes in a board document. */
export function countBoardRecords(doc: Y.Doc): BoardCounts {
  const counts: BoardCounts = { records: 0, shapes: 0, notes: 0 }
  recordsMap(doc).forEach((value) => {
    const record = asStoredRecord(value)
    if (!record) return
    counts.records++
    if (record.typeName === 'shape') {
      counts.shapes++
      if (record.type === 'note') counts.notes++
    }
  })
  return counts
}
