/**
 * Refreshing a meeting created in advance from the standing board: the other direction of the
 * sync back (./syncBack.ts), run after it, with the same baseline as the common ancestor. What
 * the standing board changed is written wherever the meeting's copy still equals the baseline,
 * what it added is added (a new coop gets a corner, a new area a free spot), and what it
 * deleted is deleted where the meeting did not change it. The meeting's own work stays. Pure.
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
import { COMMUNITY_MAP, CommunityKey, type RotationHistory } from './maps'
import { copyAreasInto, detailsOf } from './meetingBuild'
import { removeCoops, removeRecords } from './removal'
import { anchored, areaIdsOf, unchangedSince } from './syncBack'

/** What a meeting is refreshed from: the standing board's roster and area records (assets retargeted to the meeting). */
export interface StandingCopy {
  coops: readonly Coop[]
  areas: readonly StoredRecord[]
}

/** What a refresh wrote into the meeting. */
export interface RefreshResult {
  coops: string[]
  records: string[]
  deleted: string[]
}

/** Origin of the transaction that refreshes a meeting. */
const REFRESH_ORIGIN = 'community refresh'

/** The standing board's roster and area records. */
export function readStandingCopy(doc: Y.Doc): StandingCopy {
  const records = readRecords(doc)
  return { coops: readRoster(doc), areas: areaRecords(records, areaIdsOf(doc, records)) }
}

/** Writes the standing board's coops into the meeting; returns the baseline entries of what was written. */
function refreshCoops(meeting: Y.Doc, coops: readonly Coop[], result: RefreshResult, pageId: string): [string, string][] {
  const roster = readRoster(meeting)
  const mine = new Map(roster.map((coop) => [coop.id, coop]))
  const resolve = rosterIdResolver(roster)
  const baseline: [string, string][] = []
  const added: Coop[] = []
  const map = rosterMap(meeting)
  for (const coop of coops) {
    const fingerprint = coopFingerprint(coop)
    const base = baselineOf(meeting, coopKey(coop.id))
    const current = mine.get(coop.id)
    if (current) {
      const own = coopFingerprint(current)
      if (own !== fingerprint && own === base) {
        map.set(coop.id, plainCopy({ ...coop, cornerId: current.cornerId }))
        result.coops.push(coop.id)
      } else if (own !== fingerprint) continue
    } else {
      // Deleted at the meeting, or there under another spelling: the meeting's own.
      if (base !== null || mine.has(resolve(coop.name))) continue
      map.set(coop.id, plainCopy({ ...coop, cornerId: null }))
      added.push(coop)
      result.coops.push(coop.id)
    }
    if (base !== fingerprint) baseline.push([coopKey(coop.id), fingerprint])
  }
  if (added.length > 0) {
    const plan = planRosterImport({ coops: readRoster(meeting), records: readRecords(meeting), rows: added.map(detailsOf), pageId })
    applyRosterPlan(meeting, plan, REFRESH_ORIGIN)
  }
  return baseline
}

/** Writes the standing board's area records into the meeting; returns the baseline entries of what was written. */
function refreshRecords(meeting: Y.Doc, areas: readonly StoredRecord[], result: RefreshResult, pageId: string): [string, string][] {
  const map = recordsMap(meeting)
  const present = new Set(readRecords(meeting).map((record) => record.id))
  const baseline: [string, string][] = []
  const fresh: StoredRecord[] = []
  for (const record of areas) {
    const fingerprint = recordFingerprint(record)
    const base = baselineOf(meeting, recordKey(record.id))
    const current = asObject(map.get(record.id)) as StoredRecord | null
    if (current) {
      const own = recordFingerprint(current)
      if (own !== fingerprint && own === base) {
        // An area frame stays where it is on the meeting board.
        const placed =
          areaGroupId(record) !== null
            ? { ...record, x: current.x, y: current.y, index: current.index, parentId: current.parentId }
            : record
        map.set(record.id, plainCopy(placed))
        result.records.push(record.id)
      } else if (own !== fingerprint) continue
      if (base !== fingerprint) baseline.push([recordKey(record.id), fingerprint])
    } else if (base === null && anchored(record, present)) {
      fresh.push(record)
      present.add(record.id)
    }
  }
  const copied = copyAreasInto(meeting, fresh, pageId)
  result.records.push(...fresh.map((record) => record.id))
  return [...baseline, ...copied]
}

/**
 * Refreshes `meeting` (an upcoming meeting board, already synced back) from `standing`, in one
 * transaction, and advances its baseline.
 */
export function refreshMeeting(meeting: Y.Doc, standing: StandingCopy, pageId: string = DEFAULT_PAGE_ID): RefreshResult {
  const result: RefreshResult = { coops: [], records: [], deleted: [] }
  meeting.transact(() => {
    const baseline = [...refreshCoops(meeting, standing.coops, result, pageId), ...refreshRecords(meeting, standing.areas, result, pageId)]
    const coopIds = new Set(standing.coops.map((coop) => coop.id))
    const recordIds = new Set(standing.areas.map((record) => record.id))
    const entries = baselineEntries(meeting)
    const gone = entries.filter((entry) => !(entry.kind === 'coop' ? coopIds : recordIds).has(entry.id))
    const goneCoops = gone.filter((entry) => entry.kind === 'coop').map((entry) => ({ id: entry.id, base: entry.fingerprint }))
    const goneRecords = gone.filter((entry) => entry.kind === 'record').map((entry) => ({ id: entry.id, base: entry.fingerprint }))
    const coops = new Map(readRoster(meeting).map((coop) => [coop.id, coopFingerprint(coop)]))
    result.deleted.push(...removeCoops(meeting, unchangedSince(coops, goneCoops)))
    const records = new Map(readRecords(meeting).map((record) => [record.id, recordFingerprint(record)]))
    result.deleted.push(...removeRecords(meeting, unchangedSince(records, goneRecords)))
    // A copy the meeting changed keeps its key, so the sync back does not take it for one added there.
    const deleted = new Set(result.deleted)
    const kept = new Set([
      ...readRoster(meeting).map((coop) => coopKey(coop.id)),
      ...readRecords(meeting).map((record) => recordKey(record.id)),
    ])
    dropBaseline(
      meeting,
      gone.filter((entry) => deleted.has(entry.id) || !kept.has(entry.key)).map((entry) => entry.key),
    )
    writeBaseline(meeting, baseline)
  }, REFRESH_ORIGIN)
  return result
}

/** Writes the community's rotation so far into a meeting board, when it says something new. */
export function writeRotation(doc: Y.Doc, rotation: RotationHistory): void {
  const community = doc.getMap<unknown>(COMMUNITY_MAP)
  if (JSON.stringify(community.get(CommunityKey.rotation)) !== JSON.stringify(rotation))
    community.set(CommunityKey.rotation, plainCopy(rotation))
}
