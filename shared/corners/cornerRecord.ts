/**
 * Coop corners as records: a corner is a tldraw `frame` shape (its children move with it, and
 * tldraw reparents notes dropped into it) whose `meta.coopId` names the coop, whose
 * `props.name` is the coop's name and `props.color` its colour. Plain JSON, valid for
 * tldraw 5.4.2's frame schema (see cornerRecord.test.ts).
 */
import type { StoredRecord } from '../boardDoc'
import { DEFAULT_PAGE_ID } from '../notes'
import type { Box } from '../geometry'
import type { Coop } from './roster'

/** Prefix of the ids {@link cornerIdFor} makes. */
export const CORNER_ID_PREFIX = 'shape:corner-'

/**
 * The id a coop's corner gets when it has none yet: derived from the coop id, so two people
 * creating the same coop's corner at the same moment write one record, not two.
 */
export function cornerIdFor(coopId: string): string {
  return `${CORNER_ID_PREFIX}${coopId}`
}

/**
 * A complete tldraw frame record for `coop`'s corner, covering `box` on `pageId`. Its id is
 * `coop.cornerId`, or {@link cornerIdFor} the coop when that is null; `index` must be a valid
 * tldraw fractional index among the page's shapes.
 */
export function createCornerRecord(coop: Coop, box: Box, index: string, pageId: string = DEFAULT_PAGE_ID): StoredRecord {
  return {
    id: coop.cornerId ?? cornerIdFor(coop.id),
    typeName: 'shape',
    type: 'frame',
    x: box.x,
    y: box.y,
    rotation: 0,
    index,
    parentId: pageId,
    isLocked: false,
    opacity: 1,
    meta: { coopId: coop.id },
    props: { w: box.w, h: box.h, name: coop.name, color: coop.color },
  }
}

/** The coop id of a corner record (a frame shape with a string `meta.coopId`), or null for any other value. */
export function cornerCoopId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null
  const { typeName, type, meta } = record as Record<string, unknown>
  if (typeName !== 'shape' || type !== 'frame' || typeof meta !== 'object' || meta === null) return null
  const coopId = (meta as Record<string, unknown>).coopId
  return typeof coopId === 'string' && coopId !== '' ? coopId : null
}

/** True for a coop corner record. */
export function isCornerRecord(record: unknown): boolean {
  return cornerCoopId(record) !== null
}

/**
 * Every corner in `records`, by coop id; a coop's corners sorted by id. A coop normally has
 * one, but copying a frame copies its meta, so there may be more.
 */
export function cornersByCoop(records: Iterable<StoredRecord>): Map<string, StoredRecord[]> {
  const byCoop = new Map<string, StoredRecord[]>()
  for (const record of records) {
    const coopId = cornerCoopId(record)
    if (coopId === null) continue
    const list = byCoop.get(coopId)
    if (list) list.push(record)
    else byCoop.set(coopId, [record])
  }
  for (const list of byCoop.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return byCoop
}

/**
 * The corner of `coop`: the record at `coop.cornerId` when that is a corner of this coop, else
 * the first of its corners, or null when it has none. `cornerId` is a hint, not the link: a
 * participant may create a known coop's missing corner but not rewrite its roster entry, so
 * the frame's `meta.coopId` is what ties a corner to its coop.
 */
export function cornerOf(coop: Pick<Coop, 'id' | 'cornerId'>, corners: ReadonlyMap<string, readonly StoredRecord[]>): StoredRecord | null {
  const mine = corners.get(coop.id) ?? []
  return mine.find((record) => record.id === coop.cornerId) ?? mine[0] ?? null
}
