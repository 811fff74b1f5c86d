/**
 * The binding between a tldraw store and a board's Y.Doc: local document changes go into the
 * records (only the parts of a record that changed, so concurrent edits of other parts merge),
 * remote ones come back into the store in batches. Layout: shared/boardDoc.ts.
 */
import { isEqual, type HistoryEntry, type TLRecord, type TLStore } from 'tldraw'
import type * as Y from 'yjs'
import { DocMetaKey, docMetaMap, recordsMap, type RecordsEvent } from '../../shared/boardDoc'
import { DOC_LAYOUT_VERSION } from '../../shared/protocol'
import { changedParts, type RecordPart } from '../../shared/records/parts'
import { errorMessage } from '../../shared/values'
import { asSerializedSchema, createRecordDecoder, isDocumentType, isNewerLayout, isNewerSchema } from './recordDecoder'
import type { RejectedRecord } from './types'

/**
 * Origin of every Y transaction the binding makes from local store changes. Observers use it
 * to ignore their own echoes; the connection uses it to count unsent changes.
 */
export const LOCAL_ORIGIN: object = Object.freeze({ name: 'plenary:tldraw-store' })

/** Options of {@link bindStoreToDoc}. */
export interface BindOptions {
  /** Called for every remote record that was skipped because it is invalid or unreadable. */
  onRejectedRecord?: (rejected: RejectedRecord) => void
  /**
   * Only from the document to the store: nothing local is ever written into the document.
   * For viewers, whose updates the server drops; writing would leave their copy of the
   * document different from everyone else's for good.
   */
  readOnly?: boolean
}

type RecordId = TLRecord['id']

/** A record to write, and the parts of it a local change made (all, for a new record). */
interface PlannedWrite {
  record: TLRecord
  parts: ReadonlySet<RecordPart> | undefined
}

/**
 * Binds `store` to `doc` until the returned function is called. At bind time the store is
 * made to match the document (or, when the document has no records, the document is filled
 * from the store). Only document-scoped records are synced; session state and presence stay
 * out of the Y.Doc.
 */
export function bindStoreToDoc(store: TLStore, doc: Y.Doc, options: BindOptions = {}): () => void {
  const records = recordsMap(doc)
  const meta = docMetaMap(doc)
  const ourSchema = store.schema.serialize()
  const pending = new Set<string>()
  let flushScheduled = false
  let bound = true

  const reject = (id: string, reason: string): void => {
    options.onRejectedRecord?.({ id, reason })
  }

  /**
   * Labels the document with our schema and layout version. Records in the map are read with
   * the document's schema, so relabelling an older document means rewriting every record it
   * holds in our form first, in the same transaction. Entries we cannot read are left alone:
   * they are someone else's data, not ours to drop.
   */
  const writeFormat = (): void => {
    const stored = asSerializedSchema(meta.get(DocMetaKey.schema))
    // A newer client's label must stay: lowering it would make newer clients skip migrations
    // on records they wrote. Our own writes then risk being rejected by them, which they
    // report; an old tab is expected to reload after a deploy.
    const keepLabel = stored !== null && (isEqual(stored, ourSchema) || isNewerSchema(store, stored))
    if (!keepLabel) {
      if (stored) upgradeRecords()
      meta.set(DocMetaKey.schema, ourSchema)
    }
    const layout = meta.get(DocMetaKey.layoutVersion)
    if (typeof layout !== 'number' || layout < DOC_LAYOUT_VERSION) {
      meta.set(DocMetaKey.layoutVersion, DOC_LAYOUT_VERSION)
    }
  }

  /**
   * Migrates every entry from the document's current schema. Works from the map, not from the
   * store, so remote changes not yet applied locally are upgraded rather than reverted.
   */
  const upgradeRecords = (): void => {
    const decode = createRecordDecoder(store, {
      schema: meta.get(DocMetaKey.schema),
      layoutVersion: meta.get(DocMetaKey.layoutVersion),
    })
    const upgraded: TLRecord[] = []
    records.forEach((value, id) => {
      const decoded = decode(id, value, undefined)
      if (decoded.ok && !isEqual(decoded.record, value)) upgraded.push(decoded.record)
    })
    for (const record of upgraded) records.set(record.id, record)
  }

  /**
   * What the document must get for `id` to equal the store's current record: the record (and,
   * for an update, the parts the local change made), null for a deletion, or undefined when it
   * already matches. Values come from the current record, not the history entry: tldraw
   * delivers history a frame late, and a remote change merged in between must not be overwritten
   * by our older value. Only the parts the local change made are written: the rest of the
   * store's record may still lag a remote change to another part, which must survive.
   */
  const plannedWrite = (id: string, made: Set<RecordPart> | undefined): PlannedWrite | null | undefined => {
    const current = store.get(id as RecordId)
    if (current && isDocumentType(store, current.typeName)) {
      return isEqual(records.get(id), current) ? undefined : { record: current, parts: made }
    }
    return records.has(id) ? null : undefined
  }

  const onLocalChange = ({ changes }: HistoryEntry<TLRecord>): void => {
    // Writing into a document of a newer layout could corrupt it for the clients that own it.
    if (!bound || isNewerLayout(meta.get(DocMetaKey.layoutVersion))) return
    const made = new Map<string, Set<RecordPart> | undefined>()
    for (const id of Object.keys(changes.added)) made.set(id, undefined)
    for (const [id, [from, to]] of Object.entries(changes.updated)) {
      if (!made.has(id)) made.set(id, changedParts({ ...from }, { ...to }, isEqual))
    }
    for (const id of Object.keys(changes.removed)) made.set(id, undefined)
    const writes = new Map<string, PlannedWrite | null>()
    for (const [id, parts] of made) {
      const write = plannedWrite(id, parts)
      if (write !== undefined) writes.set(id, write)
    }
    if (writes.size === 0) return
    doc.transact(() => {
      // Before our records go in: they are already in our schema and must not be migrated.
      writeFormat()
      for (const [id, write] of writes) {
        if (write) records.set(id, write.record, write.parts)
        else records.delete(id)
      }
    }, LOCAL_ORIGIN)
  }

  /** Applies the map's current entries for `ids` to the store, skipping what is invalid. */
  const applyFromDoc = (ids: Iterable<string>): void => {
    const decode = createRecordDecoder(store, {
      schema: meta.get(DocMetaKey.schema),
      layoutVersion: meta.get(DocMetaKey.layoutVersion),
    })
    const toPut: TLRecord[] = []
    const toRemove: RecordId[] = []
    for (const id of ids) {
      const existing = store.get(id as RecordId)
      const value = records.get(id)
      if (value === undefined) {
        if (existing && isDocumentType(store, existing.typeName)) toRemove.push(existing.id)
        continue
      }
      const decoded = decode(id, value, existing)
      if (!decoded.ok) reject(id, decoded.reason)
      // Validation returns the existing record itself when nothing changed.
      else if (decoded.record !== existing) toPut.push(decoded.record)
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    try {
      store.mergeRemoteChanges(() => {
        if (toRemove.length > 0) store.remove(toRemove)
        if (toPut.length > 0) store.put(toPut)
      })
    } catch {
      // A side effect (a binding util, say) threw on some record; the failed batch was rolled
      // back. Apply one record at a time so only the culprit is skipped.
      applyOneByOne(toPut, toRemove)
    }
  }

  const applyOneByOne = (toPut: TLRecord[], toRemove: RecordId[]): void => {
    for (const id of toRemove) {
      try {
        store.mergeRemoteChanges(() => store.remove([id]))
      } catch (error) {
        reject(id, `could not be removed: ${errorMessage(error)}`)
      }
    }
    for (const record of toPut) {
      try {
        store.mergeRemoteChanges(() => store.put([record]))
      } catch (error) {
        reject(record.id, errorMessage(error))
      }
    }
  }

  const flush = (): void => {
    flushScheduled = false
    if (!bound || pending.size === 0) return
    const ids = [...pending]
    pending.clear()
    applyFromDoc(ids)
  }

  const onRecordsChange = (event: RecordsEvent): void => {
    if (event.transaction.origin === LOCAL_ORIGIN) return
    for (const id of event.keysChanged) pending.add(id)
    // One microtask batches everything a single network message or IndexedDB load brings.
    if (!flushScheduled) {
      flushScheduled = true
      queueMicrotask(flush)
    }
  }

  const reconcile = (): void => {
    const documentRecords = store.allRecords().filter((r) => isDocumentType(store, r.typeName))
    if (records.size > 0) {
      const ids = new Set<string>(records.keys())
      for (const record of documentRecords) ids.add(record.id)
      applyFromDoc(ids)
    } else if (documentRecords.length > 0 && !options.readOnly) {
      doc.transact(() => {
        writeFormat()
        for (const record of documentRecords) records.set(record.id, record)
      }, LOCAL_ORIGIN)
    }
  }

  reconcile()
  const unlisten = options.readOnly ? () => undefined : store.listen(onLocalChange, { source: 'user', scope: 'document' })
  records.observe(onRecordsChange)

  return () => {
    if (!bound) return
    bound = false
    unlisten()
    records.unobserve(onRecordsChange)
    pending.clear()
  }
}
