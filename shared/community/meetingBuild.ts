/**
 * What a new meeting board of a community starts with, written into its document in one
 * transaction: the community's facts and rotation, the roster with a corner per coop (laid out
 * by the corners feature's import), the working groups with a copy of each area and what is in
 * it, a "Last time" frame with the previous meeting's decisions and open actions, and the
 * baseline fingerprints the sync back compares with. Areas and frames go below the corners,
 * overlapping nothing. Pure.
 */
import type * as Y from 'yjs'
import { readRecords, recordsMap, type StoredRecord } from '../boardDoc'
import { applyRosterPlan } from '../corners/applyPlan'
import { planRosterImport } from '../corners/importPlan'
import type { Coop, CoopDetails } from '../corners/roster'
import { boundsOf, type Box } from '../geometry'
import { DEFAULT_PAGE_ID } from '../notes'
import { DEFAULT_GAP, freeSpots, type Size } from '../placement/freeSpot'
import { shapeBox, topLevelShapes } from '../shapeBounds'
import { indicesAboveShapes } from '../shapeIndex'
import { asObject } from '../values'
import { areaGroupId, coopFingerprint, plainCopy, recordFingerprint } from './areaCopy'
import { coopKey, recordKey, writeBaseline } from './baseline'
import { LAST_TIME_FRAME_ID, lastTimeRecords, lastTimeSize, lastTimeWordsOf, type LastTime, type LastTimeWords } from './lastTime'
import { COMMUNITY_MAP, CommunityKey, WORKING_GROUPS_MAP, type CommunityFacts, type RotationHistory, type WorkingGroup } from './maps'

/** Everything a meeting board is built from, read beforehand from the community's other boards. */
export interface MeetingSource {
  facts: CommunityFacts
  rotation: RotationHistory
  relationLabels: readonly string[]
  /** The community roster (the standing board's). */
  coops: readonly Coop[]
  /** The standing board's working groups. */
  workingGroups: readonly WorkingGroup[]
  /** The records of their areas on the standing board (`areaRecords`), already retargeted to the new board. */
  areas: readonly StoredRecord[]
  /** The previous meeting's outcome, or null for the first meeting. */
  lastTime: LastTime | null
}

/** Where things went, for callers and tests. */
export interface BuiltMeeting {
  cornerIds: string[]
  areaIds: string[]
  lastTimeId: string | null
}

/** Origin of the transaction that builds a meeting. */
const BUILD_ORIGIN = 'community meeting'

/** What an import row says about a coop already on the roster. */
export function detailsOf(coop: Coop): CoopDetails {
  return {
    name: coop.name,
    country: coop.country,
    website: coop.website,
    description: coop.description,
    delegates: coop.delegates,
    ...(coop.delegateCount !== undefined ? { delegateCount: coop.delegateCount } : {}),
  }
}

/**
 * Boxes of `sizes` below everything on the page (or from the origin on an empty page), in rows
 * as wide as the content, each kept off the others: frames of any size fit without overlap.
 */
export function boxesBelow(records: readonly StoredRecord[], sizes: readonly Size[], pageId: string = DEFAULT_PAGE_ID): Box[] {
  const occupied = topLevelShapes(records, pageId)
    .map(shapeBox)
    .filter((box): box is Box => box !== null)
  const bounds = boundsOf(occupied) ?? { x: 0, y: 0, w: 0, h: 0 }
  const widest = sizes.reduce((max, size) => Math.max(max, size.w), 0)
  const area = {
    box: { x: bounds.x, y: bounds.y + bounds.h + DEFAULT_GAP * 2, w: Math.max(bounds.w, widest), h: 0 },
    whenFull: 'wrap' as const,
    padding: 0,
  }
  const placed: Box[] = []
  for (const size of sizes) {
    const [spot] = freeSpots(area, [...occupied, ...placed], size, 1).spots
    if (!spot) throw new Error('free spot search came up short')
    placed.push(spot)
  }
  return placed
}

/** The size of an area frame record. */
function frameSize(record: StoredRecord): Size {
  const box = shapeBox({ ...record, x: 0, y: 0, rotation: 0 })
  return { w: box?.w ?? 0, h: box?.h ?? 0 }
}

/**
 * Copies area records into `doc`: each top-level area frame moved to a free spot below the
 * page's content and stacked above it, everything inside kept as it is (relative to its frame).
 * Returns the fingerprints of what was written, by baseline key.
 */
export function copyAreasInto(doc: Y.Doc, areas: readonly StoredRecord[], pageId: string = DEFAULT_PAGE_ID): Map<string, string> {
  const records = readRecords(doc)
  const present = new Set(records.map((record) => record.id))
  const fresh = areas.filter((record) => !present.has(record.id))
  const frames = fresh.filter((record) => areaGroupId(record) !== null && record.parentId === pageId)
  const boxes = boxesBelow(records, frames.map(frameSize), pageId)
  const indices = indicesAboveShapes(topLevelShapes(records, pageId), frames.length)
  const moved = new Map(
    frames.map((frame, i) => [frame.id, { x: boxes[i]?.x ?? 0, y: boxes[i]?.y ?? 0, index: indices[i] ?? frame.index }]),
  )
  const map = recordsMap(doc)
  const fingerprints = new Map<string, string>()
  for (const record of fresh) {
    const place = moved.get(record.id)
    const written = plainCopy(place ? { ...record, ...place } : record)
    map.set(written.id, written)
    fingerprints.set(recordKey(written.id), recordFingerprint(written))
  }
  return fingerprints
}

/** Writes which community the board belongs to, its relation labels and (on a meeting) the rotation so far. */
export function writeCommunityFacts(
  doc: Y.Doc,
  facts: CommunityFacts,
  relationLabels: readonly string[],
  rotation: RotationHistory | null,
): void {
  const community = doc.getMap<unknown>(COMMUNITY_MAP)
  community.set(CommunityKey.facts, plainCopy(facts))
  community.set(CommunityKey.relationLabels, [...relationLabels])
  if (rotation) community.set(CommunityKey.rotation, plainCopy(rotation))
}

/** Writes the roster with a new corner per coop; returns the coops as written. */
function writeRoster(doc: Y.Doc, coops: readonly Coop[], pageId: string): Coop[] {
  const cornerless = coops.map((coop) => ({ ...coop, cornerId: null }))
  const plan = planRosterImport({ coops: cornerless, records: readRecords(doc), rows: cornerless.map(detailsOf), pageId })
  const placed = new Map(plan.coops.map((coop) => [coop.id, coop]))
  const written = cornerless.map((coop) => placed.get(coop.id) ?? coop)
  applyRosterPlan(doc, { ...plan, coops: written }, BUILD_ORIGIN)
  return written
}

/**
 * Writes the "Last time" frame of `lastTime`, or rewrites the board's own when it says something
 * else (in `words`, else in the language it was written in): in its place while its size holds,
 * else below everything. Returns the frame's id, or null when there is no room for it.
 */
export function writeLastTime(
  doc: Y.Doc,
  lastTime: LastTime,
  words: LastTimeWords | null,
  pageId: string = DEFAULT_PAGE_ID,
): string | null {
  const records = readRecords(doc)
  const old = records.filter((record) => record.id === LAST_TIME_FRAME_ID || record.parentId === LAST_TIME_FRAME_ID)
  const others = records.filter((record) => !old.includes(record))
  const frame = old.find((record) => record.id === LAST_TIME_FRAME_ID)
  const size = lastTimeSize(lastTime)
  const props = asObject(frame?.props)
  const kept = frame && props?.w === size.w && props.h === size.h
  const [box] = kept ? [{ x: Number(frame.x), y: Number(frame.y) }] : boxesBelow(others, [size], pageId)
  const [index] = kept && typeof frame.index === 'string' ? [frame.index] : indicesAboveShapes(topLevelShapes(others, pageId), 1)
  if (!box || !index) return null
  const next = lastTimeRecords(lastTime, words ?? lastTimeWordsOf(props?.name), { x: box.x, y: box.y }, index, pageId)
  const before = new Map(old.map((record) => [record.id, recordFingerprint(record)]))
  if (old.length === next.length && next.every((record) => before.get(record.id) === recordFingerprint(record))) return LAST_TIME_FRAME_ID
  const map = recordsMap(doc)
  for (const record of old) map.delete(record.id)
  for (const record of next) map.set(record.id, record)
  return LAST_TIME_FRAME_ID
}

/** Builds a new meeting board in `doc` (an empty board document) from `source`. */
export function buildMeeting(doc: Y.Doc, source: MeetingSource, words: LastTimeWords, pageId: string = DEFAULT_PAGE_ID): BuiltMeeting {
  const built: BuiltMeeting = { cornerIds: [], areaIds: [], lastTimeId: null }
  doc.transact(() => {
    writeCommunityFacts(doc, source.facts, source.relationLabels, source.rotation)

    const coops = writeRoster(doc, source.coops, pageId)
    built.cornerIds = coops.flatMap((coop) => (coop.cornerId ? [coop.cornerId] : []))
    const groups = doc.getMap<unknown>(WORKING_GROUPS_MAP)
    for (const group of source.workingGroups) groups.set(group.id, plainCopy(group))
    const fingerprints = copyAreasInto(doc, source.areas, pageId)
    built.areaIds = source.areas.filter((record) => areaGroupId(record) !== null && record.parentId === pageId).map((record) => record.id)

    if (source.lastTime) built.lastTimeId = writeLastTime(doc, source.lastTime, words, pageId)
    writeBaseline(doc, [...coops.map((coop) => [coopKey(coop.id), coopFingerprint(coop)] as const), ...fingerprints])
  }, BUILD_ORIGIN)
  return built
}
