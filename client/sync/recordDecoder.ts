/**
 * Turns a value read from the board's records map into a record this store accepts: checked,
 * migrated from the schema the document was written with, and validated by tldraw. Nothing
 * here touches the store's contents; the binding decides what to do with the verdict.
 */
import { isEqual, type SerializedSchema, type TLRecord, type TLStore } from 'tldraw'
import { asStoredRecord } from '../../shared/boardDoc'
import { DOC_LAYOUT_VERSION } from '../../shared/protocol'
import { errorMessage } from '../../shared/values'

/** The verdict on one stored value: a record to put, or why it cannot be. */
export type DecodedRecord = { ok: true; record: TLRecord } | { ok: false; reason: string }

/** Decodes one stored value; `existing` is the store's current record with that id, if any. */
export type RecordDecoder = (id: string, value: unknown, existing: TLRecord | undefined) => DecodedRecord

/** What the document's meta map says about how its records were written. */
export interface StoredFormat {
  /** The tldraw schema the records were written with, as found in the meta map (unchecked). */
  schema: unknown
  /** The document layout version, as found in the meta map (unchecked). */
  layoutVersion: unknown
}

/** Narrows a value from the meta map to a tldraw serialized schema, or null. */
export function asSerializedSchema(value: unknown): SerializedSchema | null {
  if (typeof value !== 'object' || value === null) return null
  const candidate = value as Record<string, unknown>
  if (candidate.schemaVersion === 2) {
    const sequences = candidate.sequences
    if (typeof sequences !== 'object' || sequences === null) return null
    const allNumbers = Object.values(sequences).every((v) => typeof v === 'number')
    return allNumbers ? (candidate as unknown as SerializedSchema) : null
  }
  if (candidate.schemaVersion === 1) {
    const ok = typeof candidate.storeVersion === 'number' && typeof candidate.recordVersions === 'object'
    return ok ? (candidate as unknown as SerializedSchema) : null
  }
  return null
}

/** True when the document was written by a newer layout than this client understands. */
export function isNewerLayout(layoutVersion: unknown): boolean {
  return typeof layoutVersion === 'number' && layoutVersion > DOC_LAYOUT_VERSION
}

/**
 * True when records written under `stored` cannot be brought to `store`'s schema, i.e. the
 * document was written by a newer tldraw than ours.
 */
export function isNewerSchema(store: TLStore, stored: SerializedSchema): boolean {
  return !store.schema.getMigrationsSince(stored).ok
}

/** True when records of this type are synced (document scope), false for session and presence. */
export function isDocumentType(store: TLStore, typeName: string): boolean {
  // Widening the set's element type is safe: we only ask whether it has a string.
  return (store.scopedTypes.document as ReadonlySet<string>).has(typeName)
}

type MigrationPlan = { kind: 'none' } | { kind: 'migrate'; from: SerializedSchema } | { kind: 'refuse'; reason: string }

function planMigration(store: TLStore, format: StoredFormat): MigrationPlan {
  if (isNewerLayout(format.layoutVersion)) {
    return {
      kind: 'refuse',
      reason: `the board was saved by a newer version of Plenary (layout ${String(format.layoutVersion)}); reload the page`,
    }
  }
  const stored = asSerializedSchema(format.schema)
  // A document without a (readable) schema was written by a client of our own version:
  // the binding writes the schema with the first record.
  if (!stored || isEqual(stored, store.schema.serialize())) return { kind: 'none' }
  const migrations = store.schema.getMigrationsSince(stored)
  if (!migrations.ok) {
    return { kind: 'refuse', reason: 'the board was saved by a newer version of tldraw; reload the page' }
  }
  return migrations.value.length === 0 ? { kind: 'none' } : { kind: 'migrate', from: stored }
}

/**
 * A decoder for one batch of remote changes. The migration plan is worked out once per batch
 * (not per record) because every record in the map shares the document's schema.
 */
export function createRecordDecoder(store: TLStore, format: StoredFormat): RecordDecoder {
  const plan = planMigration(store, format)
  return (id, value, existing) => {
    if (plan.kind === 'refuse') return { ok: false, reason: plan.reason }
    const stored = asStoredRecord(value)
    if (!stored) return { ok: false, reason: 'not a record' }
    if (stored.id !== id) return { ok: false, reason: `stored under a different id (${id})` }
    if (!isDocumentType(store, stored.typeName)) {
      return { ok: false, reason: `"${stored.typeName}" is not a synced record type` }
    }
    // The cast only names what validation below will check; until then it is untrusted.
    let candidate = stored as unknown as TLRecord
    if (plan.kind === 'migrate') {
      const migrated = store.schema.migratePersistedRecord(candidate, plan.from, 'up')
      if (migrated.type === 'error') return { ok: false, reason: `migration failed (${migrated.reason})` }
      candidate = migrated.value
    }
    try {
      const phase = existing ? 'updateRecord' : 'createRecord'
      return { ok: true, record: store.schema.validateRecord(store, candidate, phase, existing ?? null) }
    } catch (error) {
      return { ok: false, reason: errorMessage(error) }
    }
  }
}
