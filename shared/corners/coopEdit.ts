/**
 * A facilitator's clean-up of the roster (rename, merge, remove) as data: the roster entries
 * and records it sets or deletes. An edit is planned from the board as it is (coopCleanup.ts),
 * written in one transaction, and undone by the edit that puts back what it overwrote.
 */
import type * as Y from 'yjs'
import { recordsMap, type StoredRecord } from '../boardDoc'
import { rosterMap } from './applyPlan'
import type { Coop } from './roster'

/** One key an edit writes: its new value, or null to delete it. */
export interface EditEntry<T> {
  id: string
  value: T | null
}

/** What a clean-up writes: roster entries and records, each set or deleted. */
export interface CoopEdit {
  coops: EditEntry<Coop>[]
  records: EditEntry<StoredRecord>[]
}

/** The board an edit is planned against: the roster and every record, as the document holds them. */
export interface CoopBoard {
  coops: readonly Coop[]
  records: readonly StoredRecord[]
}

/**
 * The edit that undoes `edit` on the board it was planned against (`before`): every key it
 * writes gets back its value from `before`, or is deleted when `before` did not have it.
 */
export function inverseCoopEdit(edit: CoopEdit, before: CoopBoard): CoopEdit {
  const coops = new Map(before.coops.map((coop) => [coop.id, coop]))
  const records = new Map(before.records.map((record) => [record.id, record]))
  return {
    coops: edit.coops.map(({ id }) => ({ id, value: coops.get(id) ?? null })),
    records: edit.records.map(({ id }) => ({ id, value: records.get(id) ?? null })),
  }
}

/** `board` as it is after `edit`: what a test or a second plan reads. */
export function afterCoopEdit(board: CoopBoard, edit: CoopEdit): CoopBoard {
  return { coops: applyEntries(board.coops, edit.coops), records: applyEntries(board.records, edit.records) }
}

function applyEntries<T extends { id: string }>(items: readonly T[], entries: readonly EditEntry<T>[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  for (const { id, value } of entries) {
    if (value === null) byId.delete(id)
    else byId.set(id, value)
  }
  return [...byId.values()]
}

/** A fresh plain copy, so the document never shares objects with the caller's edit. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * Writes `edit` into `doc`. Call it inside the caller's transaction (`FeatureDoc.write`), so
 * the whole clean-up leaves as one update: peers, and the tldraw store behind the binding,
 * get every record of a merge (or of its undo) at once and never see a note whose corner is
 * not there yet.
 */
export function applyCoopEdit(doc: Y.Doc, edit: CoopEdit): void {
  const roster = rosterMap(doc)
  const records = recordsMap(doc)
  for (const { id, value } of edit.records) {
    if (value === null) records.delete(id)
    else records.set(id, plain(value))
  }
  for (const { id, value } of edit.coops) {
    if (value === null) roster.delete(id)
    else roster.set(id, plain(value))
  }
}
