/**
 * Importing a .tldr file onto the board (facilitators): read with a size limit, parsed and
 * migrated by tldraw's own parser with the editor's schema, planned by shared/boardFiles/
 * tldrImport.ts (every id replaced) and written in one update through the feature document,
 * which the server reviews record by record. Any problem and nothing is written. Images held in
 * the file are stored in the board's asset store first (tldrUploads.ts); whatever would load
 * from another host is left out and reported (shared/boardFiles/tldrAssets.ts).
 */
import { parseTldrawJsonFile, type Editor } from 'tldraw'
import i18next, { t } from 'i18next'
import { planTldrImport, randomRecordId, type TldrImportMode, type TldrImportPlan } from '../../../shared/boardFiles/tldrImport'
import type { FeatureDoc } from '../../sync/featureDoc'
import { contentRecords } from './snapshotRecords'
import { liveRecords } from './restoreActions'
import { recordsMap, type StoredRecord } from '../../../shared/boardDoc'
import { pendingUploads, type UploadOutcome } from '../../../shared/boardFiles/tldrAssets'
import { uploadEmbeddedImages, type ImageUploader } from './tldrUploads'

/** Largest file read, in bytes. */
export const MAX_TLDR_FILE_BYTES = 10 * 1024 * 1024
/** Most records one import writes: it travels as one update, and the server takes 2,000 changes per update. */
export const MAX_IMPORT_RECORDS = 1_900
/** The server's limit on one record's JSON. */
const MAX_RECORD_BYTES = 64 * 1024

/** A file read and parsed, ready to import. */
export interface ParsedTldr {
  fileName: string
  records: StoredRecord[]
  pages: number
  shapes: number
}

/** Reads and parses a .tldr file; a message for the person when it cannot be imported. */
export async function readTldrFile(file: File, editor: Editor): Promise<{ ok: true; value: ParsedTldr } | { ok: false; message: string }> {
  if (file.size > MAX_TLDR_FILE_BYTES) {
    const size = new Intl.NumberFormat(i18next.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      file.size / 1024 / 1024,
    )
    return { ok: false, message: t('snapshots.errors.tooLarge', { size }) }
  }
  let json: string
  try {
    json = await file.text()
  } catch {
    return { ok: false, message: t('snapshots.errors.unreadable') }
  }
  const parsed = parseTldrawJsonFile({ json, schema: editor.store.schema })
  if (!parsed.ok) {
    switch (parsed.error.type) {
      case 'v1File':
        return { ok: false, message: t('snapshots.errors.v1File') }
      case 'fileFormatVersionTooNew':
      case 'migrationFailed':
        return { ok: false, message: t('snapshots.errors.tooNew') }
      case 'notATldrawFile':
        return { ok: false, message: t('snapshots.errors.notTldr') }
      case 'invalidRecords':
        return { ok: false, message: t('snapshots.errors.damaged') }
    }
  }
  const records = contentRecords(parsed.value)
  const shapes = records.filter((r) => r.typeName === 'shape').length
  if (shapes === 0) return { ok: false, message: t('snapshots.errors.noShapes') }
  if (records.length > MAX_IMPORT_RECORDS) {
    return { ok: false, message: t('snapshots.errors.tooManyRecords', { count: records.length, max: MAX_IMPORT_RECORDS }) }
  }
  return { ok: true, value: { fileName: file.name, records, pages: records.filter((r) => r.typeName === 'page').length, shapes } }
}

/** Where the file goes: the board (its asset store keeps the file's images) and what the uploads gave. */
export interface TldrImportTarget {
  boardId: string
  uploads: ReadonlyMap<string, UploadOutcome>
}

/**
 * Stores the images held in the file in the board's asset store, before the write; resolves
 * with each image's outcome by asset id, never rejects (a failed image is left out, not fatal).
 */
export function uploadTldrImages(
  file: ParsedTldr,
  boardId: string,
  upload: ImageUploader,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, UploadOutcome>> {
  return uploadEmbeddedImages(pendingUploads(file.records, boardId), upload, onProgress)
}

/** Adds the parsed file to the board and shows it; returns what was written and what was left out. */
export function importTldr(
  editor: Editor,
  features: FeatureDoc,
  file: ParsedTldr,
  mode: TldrImportMode,
  target: TldrImportTarget,
): TldrImportPlan {
  if (!features.canWrite) throw new Error(t('snapshots.restore.readOnly'))
  const viewport = editor.getViewportPageBounds()
  const top = file.records.filter((r) => r.typeName === 'shape' && typeof r.parentId === 'string' && r.parentId.startsWith('page:'))
  const minX = Math.min(...top.map((r) => Number(r.x) || 0))
  const minY = Math.min(...top.map((r) => Number(r.y) || 0))
  const plan = planTldrImport(file.records, {
    mode,
    targetPageId: editor.getCurrentPageId(),
    existing: liveRecords(features),
    // A page's name is one stored string: written in the importer's language.
    pageName: t('snapshots.import.pageName', { name: file.fileName }).slice(0, 120),
    // Onto the current page: the file's top-left corner lands a little inside the view.
    offset: { x: viewport.x + 40 - (Number.isFinite(minX) ? minX : 0), y: viewport.y + 40 - (Number.isFinite(minY) ? minY : 0) },
    maxRecordBytes: MAX_RECORD_BYTES,
    newId: randomRecordId,
    boardId: target.boardId,
    uploads: target.uploads,
  })
  features.write((doc) => {
    const map = recordsMap(doc)
    for (const record of plan.records) map.set(record.id, record)
  })
  return plan
}
