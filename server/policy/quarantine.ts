/**
 * Quarantine at load: records that fail validation (stored before the policy existed, or
 * before a validator got stricter) are moved out of `records` into the `quarantine` map, so
 * every client can load the rest of the board and nothing is silently lost. A board written
 * under an older tldraw schema is migrated here too, once, by the server: left to the first
 * client, the whole board would be rewritten in one update, which the per-update limit cuts.
 * The same transaction brings the board to the current document layout (shared/records/migrate.ts).
 */
import * as Y from 'yjs'
import { DocMetaKey, docMetaMap, recordsMap, type StoredRecord } from '../../shared/boardDoc'
import { quarantineMap, type QuarantineEntry } from '../../shared/namedMaps'
import { isEmptyMigration, planLayoutMigration } from '../../shared/records/migrate'
import { remoteContentProblem } from './assetRules'
import type { RecordSchema } from './recordSchema'
import { refusalKey, type Refusal } from './types'

/** Origin of the server's quarantine transaction. */
export const QUARANTINE_ORIGIN: object = Object.freeze({ name: 'plenary:quarantine' })

/** A stored value as something the quarantine map can hold (a nested type cannot be moved). */
function movable(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value
}

/**
 * Moves every invalid record of `doc` into quarantine (by the same checks as a review: tldraw's
 * validators, then content loaded from elsewhere, judged as board `boardId`) and migrates the
 * rest to the server's schema when the board's label is older, in one transaction; returns one
 * refusal per record moved.
 */
export function quarantineInvalidRecords(schema: RecordSchema, doc: Y.Doc, now: () => number, boardId: string | null = null): Refusal[] {
  // Compensations rely on Yjs garbage collection to keep refused content out of broadcasts
  // (compensate.test.ts); a room document without it must fail loudly at load.
  if (!doc.gc) throw new Error('the board policy needs documents with Yjs garbage collection on (gc: true)')
  const plan = schema.readPlan(docMetaMap(doc).get(DocMetaKey.schema))
  // A board written by a newer tldraw cannot be judged by this server: leave it as it is
  // rather than quarantine every record (clients of the newer version can still read it).
  if (plan.kind === 'newer') return []
  const records = recordsMap(doc)
  const moves: { key: string; entry: QuarantineEntry; refusal: Refusal }[] = []
  const migrated: StoredRecord[] = []
  const at = now()
  records.forEach((value, key) => {
    const checked = schema.check(key, value, plan)
    const remote = checked.ok ? remoteContentProblem(checked.record, boardId) : null
    const verdict = remote ? { ok: false as const, ...remote } : checked
    if (verdict.ok) {
      if (verdict.record !== value) migrated.push(verdict.record)
      return
    }
    moves.push({
      key,
      entry: { record: movable(value), reason: verdict.detail, at },
      refusal: { reason: verdict.reason, key: refusalKey(key), detail: verdict.detail },
    })
  })
  const meta = docMetaMap(doc)
  // Only a board that has records is labelled: an empty one is labelled by its first writer.
  const layout = records.size > 0 ? planLayoutMigration(doc, meta.get(DocMetaKey.layoutVersion)) : null
  if (moves.length === 0 && plan.kind !== 'migrate' && (!layout || isEmptyMigration(layout))) return []
  const quarantine = quarantineMap(doc)
  doc.transact(() => {
    if (layout) {
      for (const { map, key } of layout.orphans) doc.getMap(map).delete(key)
      if (layout.relabel !== null) meta.set(DocMetaKey.layoutVersion, layout.relabel)
    }
    for (const { key, entry } of moves) {
      quarantine.set(key, entry)
      records.delete(key)
    }
    if (plan.kind === 'migrate') {
      for (const record of migrated) records.set(record.id, record)
      meta.set(DocMetaKey.schema, schema.currentLabel)
    }
  }, QUARANTINE_ORIGIN)
  return moves.map((move) => move.refusal)
}
