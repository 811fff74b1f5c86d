/**
 * Record changes as the review judges them. In layout 2 a record is stored in pieces (its base
 * in `records`, changed parts in the part maps, shared/records/parts.ts); an update may touch
 * any of them. The review judges whole records: this groups the changed entries by record id,
 * puts together each record as it was before the update and as it is now, and drops parts a
 * whole write or a deletion left behind, so every reader agrees on what a record is.
 */
import type * as Y from 'yjs'
import { RECORDS_MAP } from '../../shared/boardDoc'
import { assembleRecord, RECORD_PARTS, partMapName, type RecordPart } from '../../shared/records/parts'
import { refusalKey, type Refusal } from '../../shared/feature'
import { slotNow, type Slot } from './docChanges'

/** One changed entry of the records map, a part map or a named map. */
export interface EntryChange {
  map: string
  key: string
  before: Slot
  after: Slot
}

/** One record's change: the whole record before and after, and the entries that made it. */
export interface RecordChange {
  map: typeof RECORDS_MAP
  key: string
  before: Slot
  after: Slot
  /** Every entry changed under this id (base and parts), to put back if the change is refused. */
  entries: EntryChange[]
}

const PART_OF_MAP = new Map<string, RecordPart>(RECORD_PARTS.map((part) => [partMapName(part), part]))

/** True for the base map and every part map. */
export function isRecordMap(name: string): boolean {
  return name === RECORDS_MAP || PART_OF_MAP.has(name)
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function slotOf(doc: Y.Doc, map: string, key: string): Slot {
  const type = doc.share.get(map)
  return type ? slotNow(type, key) : { present: false }
}

function wholeRecord(base: Slot, parts: ReadonlyMap<RecordPart, Slot>): Slot {
  if (!base.present) return base
  const object = asObject(base.value)
  if (!object) return base
  const values = new Map<RecordPart, unknown>()
  for (const [part, slot] of parts) if (slot.present) values.set(part, slot.value)
  return { present: true, value: assembleRecord(object, values) }
}

/**
 * Groups `entries` of record maps by record id. Where the base was written or deleted in this
 * update, parts it did not write are stale: they are deleted here (inside the open transaction)
 * and reported in `dropped`, so the sender receives the net update too.
 */
export function groupRecordChanges(doc: Y.Doc, entries: readonly EntryChange[], dropped: Refusal[]): RecordChange[] {
  const byId = new Map<string, EntryChange[]>()
  for (const entry of entries) {
    let list = byId.get(entry.key)
    if (!list) byId.set(entry.key, (list = []))
    list.push(entry)
  }
  const changes: RecordChange[] = []
  for (const [key, touched] of byId) {
    const baseEntry = touched.find((entry) => entry.map === RECORDS_MAP)
    const baseBefore = baseEntry?.before ?? slotOf(doc, RECORDS_MAP, key)
    if (baseEntry) dropStaleParts(doc, key, touched, dropped)
    const partsBefore = new Map<RecordPart, Slot>()
    const partsAfter = new Map<RecordPart, Slot>()
    for (const part of RECORD_PARTS) {
      const map = partMapName(part)
      const entry = touched.find((candidate) => candidate.map === map)
      const now = slotOf(doc, map, key)
      partsBefore.set(part, entry?.before ?? now)
      partsAfter.set(part, now)
    }
    changes.push({
      map: RECORDS_MAP,
      key,
      before: wholeRecord(baseBefore, partsBefore),
      after: wholeRecord(slotOf(doc, RECORDS_MAP, key), partsAfter),
      entries: touched,
    })
  }
  return changes
}

/** Deletes the parts of `key` that this update did not write, now that its base was written or deleted. */
function dropStaleParts(doc: Y.Doc, key: string, touched: EntryChange[], dropped: Refusal[]): void {
  const baseNow = slotOf(doc, RECORDS_MAP, key)
  let count = 0
  for (const part of RECORD_PARTS) {
    const map = partMapName(part)
    const written = touched.some((entry) => entry.map === map)
    // A part written along with a new base is the writer's (it wrote both); a part of a deleted record never is.
    if (written && baseNow.present) continue
    const before = slotOf(doc, map, key)
    if (!before.present) continue
    doc.getMap(map).delete(key)
    if (!written) touched.push({ map, key, before, after: { present: false } })
    else {
      const entry = touched.find((candidate) => candidate.map === map)
      if (entry) entry.after = { present: false }
    }
    count++
  }
  if (count > 0) {
    dropped.push({ reason: 'stale_part', key: refusalKey(key), detail: `${count} part(s) of a record written whole or deleted` })
  }
}

/**
 * Parts written under an id whose record does not exist (a concurrent deletion, or a bot's
 * mistake) belong to nothing: deleted, and reported.
 */
export function dropOrphanParts(doc: Y.Doc, changes: readonly RecordChange[], dropped: Refusal[]): void {
  for (const change of changes) {
    if (change.after.present) continue
    let count = 0
    for (const entry of change.entries) {
      if (entry.map === RECORDS_MAP || !entry.after.present) continue
      doc.getMap(entry.map).delete(entry.key)
      entry.after = { present: false }
      count++
    }
    if (count > 0)
      dropped.push({ reason: 'stale_part', key: refusalKey(change.key), detail: `${count} part(s) of a record that does not exist` })
  }
}
