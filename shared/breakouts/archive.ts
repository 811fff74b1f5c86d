/**
 * Archiving past breakout sessions, so a board used for many meetings does not grow a new row
 * of frozen areas each time. An archived session's group areas (and everything inside them)
 * move to the board's "Archive" page, keeping their layout, below what is archived already;
 * unarchiving brings them back below the content of the page they came from. The session stays
 * in the breakouts map, marked `archivedAt`, so the minutes, snapshots, exports and the
 * rapporteur rotation still see it. The writers run inside the caller's transaction.
 */
import type * as Y from 'yjs'
import { recordsMap, type StoredRecord } from '../boardDoc'
import { boundsOf, type Box } from '../geometry'
import { shapeBox, topLevelShapes } from '../shapeBounds'
import { byIndex, indicesAboveShapes } from '../shapeIndex'
import { AREA_MARGIN } from './areas'
import { readSessionById, readSessions, recordsById, sessionsMap } from './readDoc'
import type { BreakoutSession } from './types'

/** The id of the page archived sessions go to; fixed, so two facilitators archiving at once make one page. */
export const ARCHIVE_PAGE_ID = 'page:plenary-archive'

function isBox(box: Box | null): box is Box {
  return box !== null
}

function coordinate(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/** True for a session that is archived. */
export function isArchived(session: Pick<BreakoutSession, 'archivedAt'>): boolean {
  return typeof session.archivedAt === 'number'
}

/** True for an ended session that is not archived yet. */
export function canArchive(session: BreakoutSession): boolean {
  return session.status === 'ended' && !isArchived(session)
}

/**
 * The session's area frames moved onto `targetPageId`: shifted together (their layout kept) so
 * their bounds start {@link AREA_MARGIN} below the target page's other top-level shapes,
 * left-aligned with them (at the origin on an empty page), and stacked above them. Shapes inside
 * the frames follow their parent and need no write. Pure; areas that no longer exist are skipped.
 */
export function planAreaMove(
  records: ReadonlyMap<string, StoredRecord>,
  session: Pick<BreakoutSession, 'groups'>,
  targetPageId: string,
): StoredRecord[] {
  const areaIds = new Set(session.groups.map((group) => group.areaId))
  const areas = [...areaIds]
    .map((id) => records.get(id))
    .filter((record): record is StoredRecord => record?.typeName === 'shape')
    .sort(byIndex)
  const from = boundsOf(areas.map(shapeBox).filter(isBox))
  if (!from) return []
  const staying = topLevelShapes(records.values(), targetPageId).filter((shape) => !areaIds.has(shape.id))
  const content = boundsOf(staying.map(shapeBox).filter(isBox))
  const dx = (content ? content.x : 0) - from.x
  const dy = (content ? content.y + content.h + AREA_MARGIN : 0) - from.y
  const indices = indicesAboveShapes(staying, areas.length)
  return areas.map((area, i) => ({
    ...area,
    parentId: targetPageId,
    x: coordinate(area.x) + dx,
    y: coordinate(area.y) + dy,
    index: indices[i] ?? area.index,
  }))
}

function pages(records: ReadonlyMap<string, StoredRecord>): StoredRecord[] {
  return [...records.values()].filter((record) => record.typeName === 'page').sort(byIndex)
}

/** The archive page record named `name`, after the board's last page. */
function archivePage(records: ReadonlyMap<string, StoredRecord>, name: string): StoredRecord {
  const [index] = indicesAboveShapes(pages(records), 1)
  return { id: ARCHIVE_PAGE_ID, typeName: 'page', name, index: index ?? 'a1', meta: {} }
}

function requireSession(doc: Y.Doc, sessionId: string): BreakoutSession {
  const session = readSessionById(doc, sessionId)
  if (!session) throw new Error(`No breakout session ${sessionId}.`)
  return session
}

function writeAll(doc: Y.Doc, records: readonly StoredRecord[]): void {
  for (const record of records) recordsMap(doc).set(record.id, record)
}

/**
 * Archives an ended session: its areas move to the archive page (created, named `pageName`,
 * when first needed) and the session is marked archived at `now`. Throws for a running or
 * archived session, or while one of its groups holds the report-back floor.
 */
export function archiveSession(doc: Y.Doc, sessionId: string, now: number, pageName: string): void {
  const session = requireSession(doc, sessionId)
  if (session.status !== 'ended') throw new Error('Only an ended session can be archived.')
  if (isArchived(session)) throw new Error('This session is archived already.')
  if (session.reportBack?.current !== null && session.reportBack?.current !== undefined) {
    throw new Error('Finish its report-back first.')
  }
  const records = recordsById(doc)
  if (!records.has(ARCHIVE_PAGE_ID)) {
    const page = archivePage(records, pageName)
    recordsMap(doc).set(page.id, page)
    records.set(page.id, page)
  }
  writeAll(doc, planAreaMove(records, session, ARCHIVE_PAGE_ID))
  sessionsMap(doc).set(session.id, { ...session, archivedAt: now })
}

/** Archives every ended session not archived yet, oldest first; returns how many. */
export function archiveAllSessions(doc: Y.Doc, now: number, pageName: string): number {
  const sessions = readSessions(doc).filter(canArchive)
  for (const session of sessions) archiveSession(doc, session.id, now, pageName)
  return sessions.length
}

/**
 * Brings an archived session back: its areas go below the content of the page it was started
 * on (the board's first page when that one is gone), and the mark is cleared.
 */
export function unarchiveSession(doc: Y.Doc, sessionId: string): void {
  const session = requireSession(doc, sessionId)
  if (!isArchived(session)) throw new Error('This session is not archived.')
  const records = recordsById(doc)
  const home = records.get(session.pageId)?.typeName === 'page' ? session.pageId : pages(records).find((p) => p.id !== ARCHIVE_PAGE_ID)?.id
  if (!home) throw new Error('The board has no page to bring the session back to.')
  writeAll(doc, planAreaMove(records, session, home))
  sessionsMap(doc).set(session.id, { ...session, archivedAt: null })
}
