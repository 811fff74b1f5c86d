/**
 * Deleting what the community sync found deleted on the other side: coops (with their corners
 * and what is in them, as the corners feature removes one) and area records. A shape that still
 * holds something not deleted stays, so nothing is left without its parent; a binding goes with
 * either of its ends. Pure.
 */
import type * as Y from 'yjs'
import { readRecords, recordsMap, type StoredRecord } from '../boardDoc'
import { readRoster } from '../corners/applyPlan'
import { planRemoveCoop } from '../corners/coopCleanup'
import { applyCoopEdit } from '../corners/coopEdit'

/** Removes the coops `coopIds` from `doc`'s roster with their corners; returns the ids removed. */
export function removeCoops(doc: Y.Doc, coopIds: readonly string[]): string[] {
  const removed: string[] = []
  for (const id of coopIds) {
    const plan = planRemoveCoop({ coops: readRoster(doc), records: readRecords(doc) }, id)
    if (!plan.ok) continue
    applyCoopEdit(doc, plan.edit)
    removed.push(id)
  }
  return removed
}

/** The ids of `wanted` that can go: not the parent of a shape that stays. */
function removable(records: readonly StoredRecord[], wanted: ReadonlySet<string>): Set<string> {
  const gone = new Set(wanted)
  const byId = new Map(records.map((record) => [record.id, record]))
  for (const record of records) {
    if (gone.has(record.id) || typeof record.parentId !== 'string') continue
    // Keep the chain of parents of what stays.
    let parentId: unknown = record.parentId
    while (typeof parentId === 'string' && gone.delete(parentId)) parentId = byId.get(parentId)?.parentId
  }
  return gone
}

/** Deletes the records `ids` from `doc` (see the module's note); returns the ids deleted. */
export function removeRecords(doc: Y.Doc, ids: readonly string[]): string[] {
  if (ids.length === 0) return []
  const records = readRecords(doc)
  const gone = removable(records, new Set(ids.filter((id) => recordsMap(doc).has(id))))
  for (const record of records) {
    if (record.typeName !== 'binding' || gone.has(record.id)) continue
    if ((typeof record.fromId === 'string' && gone.has(record.fromId)) || (typeof record.toId === 'string' && gone.has(record.toId))) {
      gone.add(record.id)
    }
  }
  const map = recordsMap(doc)
  for (const id of gone) map.delete(id)
  return [...gone]
}
