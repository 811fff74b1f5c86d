/**
 * Group areas: each breakout group works in its own tldraw frame, labelled with its topic. A
 * frame is marked with `meta.breakout = { sessionId, groupId }`; only facilitators create,
 * change or delete one (the record rule in ./feature.ts), and ending the session locks it and its
 * contents. Plain JSON records, valid for tldraw 5.4.2's frame schema (see areas.test.ts).
 */
import type { StoredRecord } from '../boardDoc'
import { boundsOf, type Box } from '../geometry'
import type { BreakoutGroup, BreakoutSession } from './types'

/** Size of a group's frame: room for a few dozen notes. */
export const AREA_SIZE = { w: 1600, h: 1000 } as const
/** Space between neighbouring frames. */
export const AREA_GAP = 200
/** Space between the existing content and the first row of frames. */
export const AREA_MARGIN = 400

/** The id of a group's area frame. */
export function areaIdFor(sessionId: string, groupId: string): string {
  return `shape:breakout-${sessionId}-${groupId}`
}

/**
 * Boxes for `count` group frames in a grid of ⌈√count⌉ columns, below everything in `occupied`
 * (with {@link AREA_MARGIN}) and left-aligned with it; at the origin on an empty page.
 */
export function planGroupAreas(count: number, occupied: readonly Box[]): Box[] {
  if (count <= 0) return []
  const content = boundsOf(occupied)
  const left = content ? content.x : 0
  const top = content ? content.y + content.h + AREA_MARGIN : 0
  const columns = Math.ceil(Math.sqrt(count))
  return Array.from({ length: count }, (_, i) => ({
    x: left + (i % columns) * (AREA_SIZE.w + AREA_GAP),
    y: top + Math.floor(i / columns) * (AREA_SIZE.h + AREA_GAP),
    w: AREA_SIZE.w,
    h: AREA_SIZE.h,
  }))
}

// Shared with corners and imports; kept here too, where breakouts has always found it.
export { indicesAboveShapes } from '../shapeIndex'

/** A complete tldraw frame record for `group`'s area covering `box` on the session's page. */
export function createGroupAreaRecord(
  session: Pick<BreakoutSession, 'id' | 'pageId'>,
  group: BreakoutGroup,
  box: Box,
  index: string,
): StoredRecord {
  return {
    id: areaIdFor(session.id, group.id),
    typeName: 'shape',
    type: 'frame',
    x: box.x,
    y: box.y,
    rotation: 0,
    index,
    parentId: session.pageId,
    isLocked: false,
    opacity: 1,
    meta: { breakout: { sessionId: session.id, groupId: group.id } },
    props: { w: box.w, h: box.h, name: group.name, color: 'black' },
  }
}

/** The session and group a record is the area of (a frame with `meta.breakout`), or null. */
export function groupAreaOf(record: unknown): { sessionId: string; groupId: string } | null {
  if (typeof record !== 'object' || record === null) return null
  const { typeName, type, meta } = record as Record<string, unknown>
  if (typeName !== 'shape' || type !== 'frame' || typeof meta !== 'object' || meta === null) return null
  const breakout = (meta as Record<string, unknown>).breakout
  if (typeof breakout !== 'object' || breakout === null) return null
  const { sessionId, groupId } = breakout as Record<string, unknown>
  if (typeof sessionId !== 'string' || typeof groupId !== 'string' || sessionId === '' || groupId === '') return null
  return { sessionId, groupId }
}

/** True for a group area record. */
export function isGroupAreaRecord(record: unknown): boolean {
  return groupAreaOf(record) !== null
}

/** Deepest parent chain followed; deeper (or cyclic) chains count as outside. */
const MAX_DEPTH = 100

/** True when the shape `shapeId` sits inside the shape `areaId`, at any depth (the area itself is not inside). */
export function isInsideArea(records: ReadonlyMap<string, StoredRecord>, shapeId: string, areaId: string): boolean {
  let parentId = records.get(shapeId)?.parentId
  for (let depth = 0; depth < MAX_DEPTH && typeof parentId === 'string'; depth++) {
    if (parentId === areaId) return true
    parentId = records.get(parentId)?.parentId
  }
  return false
}
