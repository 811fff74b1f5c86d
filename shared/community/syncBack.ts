/**
 * The sync back from a meeting board to the community's standing board: a three-way merge per
 * coop and per working-group record, with the meeting's baseline as the common ancestor. What
 * changed at the meeting (its fingerprint differs from the baseline) is written to the standing
 * board, unless the standing board's copy changed since the copy too: then the standing board
 * wins. Records added in a working-group area at the meeting are added, and what was deleted
 * there is deleted, unless the standing board changed it since. A coop added at the meeting
 * under another spelling of a roster name is that coop, not a twin. The baseline then advances,
 * so each change travels once. Pure: the server runs the three steps on two rooms.
 */
import type * as Y from 'yjs'
import { readRecords, recordsMap, type StoredRecord } from '../boardDoc'
import { applyRosterPlan, readRoster, rosterMap } from '../corners/applyPlan'
import { planRosterImport } from '../corners/importPlan'
import { rosterIdResolver, type Coop } from '../corners/roster'
import { DEFAULT_PAGE_ID } from '../notes'
import { asObject } from '../values'
import { areaGroupId, areaRecords, coopFingerprint, plainCopy, recordFingerprint } from './areaCopy'
import { baselineEntries, baselineOf, coopKey, dropBaseline, recordKey, writeBaseline } from './baseline'
import { detailsOf } from './meetingBuild'
import { removeCoops, removeRecords } from './removal'
import { readWorkingGroups } from './rotation'

/** One thing changed at a meeting, with its baseline fingerprint (null: added at the meeting). */
export interface Changed<T> {
  value: T
  base: string | null
}

/** A coop or record copied to a meeting and deleted there, with its baseline fingerprint. */
export interface Deleted {
  id: string
  base: string
}

/** What changed at a meeting since its baseline, and the baseline it advances to. */
export interface MeetingChanges {
  coops: Changed<Coop>[]
  records: Changed<StoredRecord>[]
  deletedCoops: Deleted[]
  deletedRecords: Deleted[]
  /** Baseline key → the meeting's fingerprint now, for everything changed. */
  baseline: [string, string][]
  /** Baseline keys of everything deleted, which the baseline forgets. */
  dropped: string[]
}

/** What the sync wrote to the standing board. */
export interface SyncResult {
  coops: string[]
  records: string[]
  /** Ids of the coops and records it deleted. */
  deleted: string[]
}

/** Origin of the transaction that writes a sync into the standing board. */
const SYNC_ORIGIN = 'community sync'

/** The ids of the working-group areas on a board: the groups' `areaId`s and any frame marked as one. */
export function areaIdsOf(doc: Y.Doc, records: readonly StoredRecord[] = readRecords(doc)): string[] {
  const ids = new Set(readWorkingGroups(doc).flatMap((group) => (group.areaId ? [group.areaId] : [])))
  for (const record of records) if (areaGroupId(record) !== null) ids.add(record.id)
  return [...ids]
}

/** Reads what changed at the meeting `meeting` since its baseline. */
export function meetingChanges(meeting: Y.Doc): MeetingChanges {
  const changes: MeetingChanges = { coops: [], records: [], deletedCoops: [], deletedRecords: [], baseline: [], dropped: [] }
  const roster = readRoster(meeting)
  for (const coop of roster) {
    const fingerprint = coopFingerprint(coop)
    const base = baselineOf(meeting, coopKey(coop.id))
    if (fingerprint === base) continue
    changes.coops.push({ value: coop, base })
    changes.baseline.push([coopKey(coop.id), fingerprint])
  }
  const records = readRecords(meeting)
  for (const record of areaRecords(records, areaIdsOf(meeting, records))) {
    const fingerprint = recordFingerprint(record)
    const base = baselineOf(meeting, recordKey(record.id))
    if (fingerprint === base) continue
    changes.records.push({ value: record, base })
    changes.baseline.push([recordKey(record.id), fingerprint])
  }
  const coopIds = new Set(roster.map((coop) => coop.id))
  const map = recordsMap(meeting)
  for (const entry of baselineEntries(meeting)) {
    const deleted = entry.kind === 'coop' ? !coopIds.has(entry.id) : !map.has(entry.id)
    if (!deleted) continue
    ;(entry.kind === 'coop' ? changes.deletedCoops : changes.deletedRecords).push({ id: entry.id, base: entry.fingerprint })
    changes.dropped.push(entry.key)
  }
  return changes
}

/** True when the meeting changed nothing since its baseline. */
export function isUnchanged(changes: MeetingChanges): boolean {
  return changes.baseline.length === 0 && changes.dropped.length === 0
}

/**
 * The coops to write to the standing board: changed at the meeting and not on the standing board
 * since; added at the meeting and on no roster entry of the same name (a removed coop stays removed).
 */
function coopsToWrite(roster: readonly Coop[], changes: readonly Changed<Coop>[]): Coop[] {
  const standing = new Map(roster.map((coop) => [coop.id, coop]))
  const resolve = rosterIdResolver(roster)
  const write: Coop[] = []
  for (const { value, base } of changes) {
    const current = standing.get(value.id)
    if (!current) {
      if (base === null && !standing.has(resolve(value.name))) write.push({ ...value, cornerId: null })
    } else if (base !== null && coopFingerprint(current) === base) write.push({ ...value, cornerId: current.cornerId })
  }
  return write
}

/** True when the record's parent (a shape) or a binding's ends are on the board. */
export function anchored(record: StoredRecord, present: ReadonlySet<string>): boolean {
  if (record.typeName === 'binding')
    return typeof record.fromId === 'string' && typeof record.toId === 'string' && present.has(record.fromId) && present.has(record.toId)
  if (record.typeName !== 'shape') return true
  return typeof record.parentId === 'string' && (present.has(record.parentId) || record.parentId.startsWith('page:'))
}

/** The records to write to the standing board, in order (parents before children). */
function recordsToWrite(standing: Y.Doc, changes: readonly Changed<StoredRecord>[]): StoredRecord[] {
  const map = recordsMap(standing)
  const present = new Set(readRecords(standing).map((record) => record.id))
  const write: StoredRecord[] = []
  for (const { value, base } of changes) {
    const current = asObject(map.get(value.id)) as StoredRecord | null
    if (current) {
      if (base === null || recordFingerprint(current) !== base) continue
      // An area frame stays where it is on the standing board.
      const placed =
        areaGroupId(value) !== null ? { ...value, x: current.x, y: current.y, index: current.index, parentId: current.parentId } : value
      write.push(placed)
    } else {
      // Gone from the standing board since the copy: its deletion wins.
      if (base !== null || !anchored(value, present)) continue
      write.push(value)
      present.add(value.id)
    }
  }
  return write
}

/** The coops of `doc` by id, as fingerprints. */
function standingCoops(doc: Y.Doc): Map<string, string> {
  return new Map(readRoster(doc).map((coop) => [coop.id, coopFingerprint(coop)]))
}

/** The ids of `deleted` whose copy in `current` (id → fingerprint) is still the baseline's: their deletion travels. */
export function unchangedSince(current: ReadonlyMap<string, string>, deleted: readonly Deleted[]): string[] {
  return deleted.filter(({ id, base }) => current.get(id) === base).map(({ id }) => id)
}

/**
 * Writes `changes` into the standing board in one transaction: coops (corners relabelled, new
 * coops given a corner by the corners feature's planner) and area records.
 */
export function applyMeetingChanges(standing: Y.Doc, changes: MeetingChanges, pageId: string = DEFAULT_PAGE_ID): SyncResult {
  const result: SyncResult = { coops: [], records: [], deleted: [] }
  standing.transact(() => {
    result.deleted = removeCoops(standing, unchangedSince(standingCoops(standing), changes.deletedCoops))
    const coops = coopsToWrite(readRoster(standing), changes.coops)
    const roster = rosterMap(standing)
    for (const coop of coops) roster.set(coop.id, plainCopy(coop))
    if (coops.length > 0) {
      const plan = planRosterImport({ coops: readRoster(standing), records: readRecords(standing), rows: coops.map(detailsOf), pageId })
      applyRosterPlan(standing, plan, SYNC_ORIGIN)
    }
    result.coops = coops.map((coop) => coop.id)
    const records = recordsMap(standing)
    for (const record of recordsToWrite(standing, changes.records)) {
      records.set(record.id, plainCopy(record))
      result.records.push(record.id)
    }
    const fingerprints = new Map(readRecords(standing).map((record) => [record.id, recordFingerprint(record)]))
    result.deleted.push(...removeRecords(standing, unchangedSince(fingerprints, changes.deletedRecords)))
  }, SYNC_ORIGIN)
  return result
}

/** Advances the meeting's baseline past `changes`. */
export function advanceBaseline(meeting: Y.Doc, changes: MeetingChanges): void {
  meeting.transact(() => {
    writeBaseline(meeting, changes.baseline)
    dropBaseline(meeting, changes.dropped)
  }, SYNC_ORIGIN)
}
