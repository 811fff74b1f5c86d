/**
 * tldraw's record schema as the server holds it: which record types belong on a board, which
 * schema label a document may carry, and how one stored value is checked against tldraw's
 * own validators (migrating it first when the document was written with an older schema).
 */
import { createTLSchema, type TLRecord, type TLSchema } from '@tldraw/tlschema'
import { asStoredRecord, type StoredRecord } from '../../shared/boardDoc'
import { errorMessage } from '../../shared/values'

/** A serialized tldraw schema (the label in `meta.schema`). */
type SerializedSchema = Parameters<TLSchema['getMigrationsSince']>[0]

/**
 * The verdict on one stored value: the record in the server's schema (migrated when the plan
 * says so, else the stored value itself), or why it is not an acceptable one.
 */
export type RecordVerdict =
  { ok: true; record: StoredRecord } | { ok: false; reason: 'invalid_record' | 'unknown_record_type'; detail: string }

/** How the records of a document are to be read, decided from its `meta.schema` label. */
export type ReadPlan =
  | { kind: 'current' }
  | { kind: 'migrate'; from: SerializedSchema }
  /** Written by a newer tldraw than the server's: the server cannot judge its records. */
  | { kind: 'newer'; detail: string }

/** Longest validator message kept: tldraw quotes the offending value, which a client chose. */
const MAX_DETAIL = 200

/** A thrown validator error as a verdict's detail, cut to {@link MAX_DETAIL}. */
function errorDetail(error: unknown): string {
  const message = errorMessage(error)
  return message.length > MAX_DETAIL ? `${message.slice(0, MAX_DETAIL)}…` : message
}

/** Narrows a value to a serialized tldraw schema (version 2, the only one tldraw 5 writes). */
function asSchemaV2(value: unknown): { schemaVersion: 2; sequences: Record<string, number> } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const candidate = value as Record<string, unknown>
  const sequences = candidate.sequences
  if (candidate.schemaVersion !== 2 || typeof sequences !== 'object' || sequences === null) return null
  if (Array.isArray(sequences) || Object.keys(candidate).length !== 2) return null
  const entries = Object.entries(sequences)
  if (!entries.every(([, version]) => Number.isSafeInteger(version) && (version as number) >= 0)) return null
  return { schemaVersion: 2, sequences: sequences as Record<string, number> }
}

/** The server's tldraw schema and the checks built on it. One per policy; it holds no board state. */
export class RecordSchema {
  private readonly schema: TLSchema = createTLSchema()
  private readonly serialized = this.schema.serialize()
  /** Record types that belong in the document (tldraw's "document" scope). */
  readonly documentTypes: ReadonlySet<string>

  constructor() {
    const types = new Set<string>()
    for (const [typeName, type] of Object.entries(this.schema.types)) {
      if (type.scope === 'document') types.add(typeName)
    }
    this.documentTypes = types
  }

  /**
   * True when `value` is exactly the schema label the server (and the client shipped with it)
   * writes. Only that label may be written: a newer one would make every client refuse the
   * board, an older one would make them migrate records that are already current.
   */
  isCurrentLabel(value: unknown): boolean {
    const label = asSchemaV2(value)
    if (!label) return false
    const ours = this.serialized.sequences
    const keys = Object.keys(label.sequences)
    return keys.length === Object.keys(ours).length && keys.every((key) => label.sequences[key] === ours[key])
  }

  /**
   * How to read records under the document's schema label. Like the client binding, a missing
   * or unreadable label means "written by our version": the binding writes it with the first
   * record, and the policy lets nobody write anything but the current label.
   */
  readPlan(label: unknown): ReadPlan {
    const schema = asSchemaV2(label)
    if (!schema || this.isCurrentLabel(schema)) return { kind: 'current' }
    const migrations = this.schema.getMigrationsSince(schema)
    if (!migrations.ok) return { kind: 'newer', detail: 'the board was written with a newer tldraw schema' }
    return migrations.value.length === 0 ? { kind: 'current' } : { kind: 'migrate', from: schema }
  }

  /** The schema label of the server's tldraw, as the client binding writes it too. */
  get currentLabel(): SerializedSchema {
    return this.serialized
  }

  /** Checks one value stored under `key` in the records map. */
  check(key: string, value: unknown, plan: ReadPlan): RecordVerdict {
    const stored = asStoredRecord(value)
    if (!stored) return { ok: false, reason: 'invalid_record', detail: 'not a record (an object with string id and typeName)' }
    if (stored.id !== key) return { ok: false, reason: 'invalid_record', detail: 'stored under a key other than its id' }
    if (!this.documentTypes.has(stored.typeName)) {
      const known = Object.hasOwn(this.schema.types, stored.typeName)
      const detail = known ? `"${stored.typeName}" records are session state, not board content` : 'unknown record type'
      return { ok: false, reason: 'unknown_record_type', detail }
    }
    if (!stored.id.startsWith(`${stored.typeName}:`)) {
      return { ok: false, reason: 'invalid_record', detail: `id does not start with "${stored.typeName}:"` }
    }
    if (plan.kind === 'newer') return { ok: false, reason: 'invalid_record', detail: plan.detail }
    // The cast names what the validator below checks; until then the value is untrusted.
    let candidate = stored as unknown as TLRecord
    if (plan.kind === 'migrate') {
      const migrated = this.schema.migratePersistedRecord(candidate, plan.from, 'up')
      if (migrated.type === 'error') return { ok: false, reason: 'invalid_record', detail: `migration failed (${migrated.reason})` }
      candidate = migrated.value
    }
    try {
      this.schema.types[candidate.typeName].validate(candidate)
    } catch (error) {
      return { ok: false, reason: 'invalid_record', detail: errorDetail(error) }
    }
    return { ok: true, record: plan.kind === 'migrate' ? (candidate as unknown as StoredRecord) : stored }
  }
}
