/**
 * Opening a snapshot in the browser: its Yjs state becomes a tldraw file (the same one the
 * .tldr export serves), which tldraw's own parser migrates to this client's schema and loads
 * into a fresh store. The store is for viewing only; the records are what a restore writes.
 */
import { parseTldrawJsonFile, type TLSchema, type TLStore } from 'tldraw'
import * as Y from 'yjs'
import { t } from 'i18next'
import { asStoredRecord, type StoredRecord } from '../../../shared/boardDoc'
import { asSchemaLabel, boardToTldrFile } from '../../../shared/boardFiles/tldrFile'
import { RESTORABLE_TYPES } from '../../../shared/snapshots/restore'

/** A snapshot ready to show and to restore from. */
export interface OpenedSnapshot {
  /** A store of its own, with the snapshot's content (and tldraw's session records). */
  store: TLStore
  /** Its board content in this client's schema. */
  records: StoredRecord[]
}

/** The board content of a store, as the plain records the document holds. */
export function contentRecords(store: TLStore): StoredRecord[] {
  return store
    .allRecords()
    .filter((record) => RESTORABLE_TYPES.has(record.typeName))
    .map((record) => asStoredRecord(JSON.parse(JSON.stringify(record)) as unknown))
    .filter((record): record is StoredRecord => record !== null)
}

/** Opens a snapshot's state with the live board's schema; a message when it cannot be read. */
export function openSnapshotState(
  state: Uint8Array,
  schema: TLSchema,
): { ok: true; value: OpenedSnapshot } | { ok: false; message: string } {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    const label = asSchemaLabel(schema.serialize())
    if (!label) return { ok: false, message: t('snapshots.errors.unknownSchema') }
    const parsed = parseTldrawJsonFile({ json: JSON.stringify(boardToTldrFile(doc, label)), schema })
    if (!parsed.ok) {
      return {
        ok: false,
        message:
          parsed.error.type === 'migrationFailed' || parsed.error.type === 'fileFormatVersionTooNew'
            ? t('snapshots.errors.snapshotTooNew')
            : t('snapshots.errors.snapshotUnreadable'),
      }
    }
    return { ok: true, value: { store: parsed.value, records: contentRecords(parsed.value) } }
  } catch {
    return { ok: false, message: t('snapshots.errors.snapshotUnreadable') }
  } finally {
    doc.destroy()
  }
}
