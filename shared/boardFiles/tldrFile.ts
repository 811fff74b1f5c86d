/**
 * A board as a tldraw file (`.tldr`): `{ tldrawFileFormatVersion: 1, schema, records }`, the
 * format tldraw itself saves and opens (its `parseTldrawJsonFile`). Plain JSON from the board
 * document: the records in the schema the document was written in, so tldraw migrates them on
 * open. Only board content goes in (document, pages, assets, shapes, bindings); presence,
 * cameras and other session records are never in the document, and tldraw's `user` records
 * (attribution) are left out as they are nobody's content; a shape in an anonymous area names no
 * writer (shared/areas/anonymous.ts), even from a document stored before the server cleared them.
 * Images in the board's asset store are referred to by their path; the server's export puts
 * them in the file as `data:` URLs ({@link inlineAssets}), so the file opens anywhere.
 */
import type * as Y from 'yjs'
import { namelessInAnonymousArea } from '../areas/anonymous'
import { parseAssetSrc } from '../assets'
import { asStoredRecord, docMetaMap, DocMetaKey, recordsMap, type StoredRecord } from '../boardDoc'

/** The tldraw file format version this writes (tldraw 5.4 writes and reads 1). */
export const TLDR_FILE_FORMAT_VERSION = 1

/** The file extension and media type tldraw uses. */
export const TLDR_EXTENSION = '.tldr'
export const TLDR_MEDIA_TYPE = 'application/vnd.tldraw+json'

/** Record types a .tldr export holds. */
export const TLDR_RECORD_TYPES: ReadonlySet<string> = new Set(['document', 'page', 'asset', 'shape', 'binding'])

/** A tldraw schema label as stored in `meta.schema` (version 2, what tldraw 5 writes). */
export interface SerializedSchemaLabel {
  schemaVersion: 2
  sequences: Record<string, number>
}

/** A tldraw file. */
export interface TldrFile {
  tldrawFileFormatVersion: number
  schema: SerializedSchemaLabel
  records: StoredRecord[]
}

/** Narrows a value to a schema label, or null. */
export function asSchemaLabel(value: unknown): SerializedSchemaLabel | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const candidate = value as Record<string, unknown>
  const sequences = candidate.sequences
  if (candidate.schemaVersion !== 2 || typeof sequences !== 'object' || sequences === null || Array.isArray(sequences)) return null
  if (!Object.values(sequences).every((version) => Number.isSafeInteger(version))) return null
  return { schemaVersion: 2, sequences: { ...(sequences as Record<string, number>) } }
}

const TYPE_ORDER = ['document', 'page', 'asset', 'shape', 'binding']

/** The board content of a document, in a stable order (by type, then id). */
export function boardContentRecords(doc: Y.Doc): StoredRecord[] {
  const records: StoredRecord[] = []
  const map = recordsMap(doc)
  map.forEach((value, key) => {
    const record = asStoredRecord(value)
    // A document stored before the server cleared writers in anonymous areas still names them.
    if (record && record.id === key && TLDR_RECORD_TYPES.has(record.typeName)) records.push(namelessInAnonymousArea(map, record))
  })
  return records.sort((a, b) => TYPE_ORDER.indexOf(a.typeName) - TYPE_ORDER.indexOf(b.typeName) || a.id.localeCompare(b.id))
}

/**
 * The document as a tldraw file. `fallbackSchema` labels a document that carries no schema yet
 * (a board nobody has drawn on): the writer's own, which is what the binding would write.
 */
export function boardToTldrFile(doc: Y.Doc, fallbackSchema: SerializedSchemaLabel): TldrFile {
  const schema = asSchemaLabel(docMetaMap(doc).get(DocMetaKey.schema)) ?? fallbackSchema
  return { tldrawFileFormatVersion: TLDR_FILE_FORMAT_VERSION, schema, records: boardContentRecords(doc) }
}

function assetSrc(record: StoredRecord): string | null {
  if (record.typeName !== 'asset' || typeof record.props !== 'object' || record.props === null) return null
  const src = (record.props as Record<string, unknown>).src
  return typeof src === 'string' ? src : null
}

/**
 * The `src` of every asset in `records` that is one of board `boardId`'s own stored assets
 * (shared/assets.ts), once each, in record order: what an export must carry for the file to
 * hold its images.
 */
export function storedAssetSources(records: readonly StoredRecord[], boardId: string): string[] {
  const sources = new Set<string>()
  for (const record of records) {
    const src = assetSrc(record)
    if (src !== null && parseAssetSrc(src)?.boardId === boardId) sources.add(src)
  }
  return [...sources]
}

/**
 * `file` with each asset whose `src` is a key of `dataUrls` pointing at that `data:` URL
 * instead, so the file holds the image itself; other records are shared, not copied.
 */
export function inlineAssets(file: TldrFile, dataUrls: ReadonlyMap<string, string>): TldrFile {
  const records = file.records.map((record) => {
    const src = assetSrc(record)
    const dataUrl = src === null ? undefined : dataUrls.get(src)
    return dataUrl === undefined ? record : { ...record, props: { ...(record.props as Record<string, unknown>), src: dataUrl } }
  })
  return { ...file, records }
}
