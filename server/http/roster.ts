/**
 * The coop roster of a board as downloads: `GET /api/boards/:id/roster.json` (for the
 * community's landing page) and `GET /api/boards/:id/roster.csv` (for spreadsheets and
 * re-import). Any role's token may read them, sent as `Authorization: Bearer`, never in the
 * URL: query strings end up in proxy logs and browser history, and the web client downloads
 * with fetch and a Blob instead. Formats in docs/PROTOCOL.md ("Coop roster and corners").
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type * as Y from 'yjs'
import { communityRosterOn } from '../../shared/community/rosterView'
import { readRoster } from '../../shared/corners/applyPlan'
import { participantsMayAddCoops } from '../../shared/corners/newCoops'
import { rosterToCsv, rosterToJson } from '../../shared/corners/rosterExport'
import { ErrorId } from '../../shared/protocol'
import { authorize, readBoardDoc, type BoardRoutesDeps } from './boards'
import { FileKind } from '../../shared/export/fileName'
import { downloadDisposition } from './contentDisposition'
import { sendError } from './json'

/** The two formats the roster is served in. */
export type RosterFormat = 'json' | 'csv'

/**
 * Spreadsheet programs read a CSV without a byte-order mark in the system's legacy encoding,
 * which garbles every accented name; with one they read UTF-8. `parseRosterText` skips it.
 */
const UTF8_BOM = '\uFEFF'

/** What a roster download is made of: the coops, and whether participants may add more (JSON only). */
export interface RosterRead {
  coops: ReturnType<typeof readRoster>
  participantsAddCoops: boolean
}

/** Reads what a roster download is made of from a board document. */
export function readForDownload(doc: Y.Doc): RosterRead {
  return { coops: readRoster(doc), participantsAddCoops: participantsMayAddCoops(doc) }
}

function body(format: RosterFormat, { coops, participantsAddCoops }: RosterRead): { type: string; text: string } {
  if (format === 'csv') return { type: 'text/csv; charset=utf-8; header=present', text: `${UTF8_BOM}${rosterToCsv(coops)}` }
  // The join dialog reads the setting here, before the board is open.
  const json = { ...rosterToJson(coops), participantsAddCoops }
  return { type: 'application/json; charset=utf-8', text: `${JSON.stringify(json, null, 2)}\n` }
}

/** GET /api/boards/:id/roster.(json|csv) → the roster as a download named after the board. */
export async function getRoster(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  format: RosterFormat,
  deps: BoardRoutesDeps,
): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const board = await deps.store.getBoard(id)
  if (!board) return sendError(res, 404, ErrorId.notFound, 'No board with that id.')
  const standingId = await standingBoardOf(id, deps)
  const standing = standingId ? await readBoardDoc(standingId, deps, readRoster) : null
  // A community board's roster is the community's (as stored: a read never syncs), with the board's own changes.
  const read = await readBoardDoc(id, deps, (doc) => ({
    ...readForDownload(doc),
    ...(standing ? { coops: communityRosterOn(doc, standing) } : {}),
  }))
  sendRosterFile(req, res, board.title, format, read)
}

/** The standing board of the community board `id` belongs to, or null (none, or it is the standing board). */
async function standingBoardOf(id: string, deps: BoardRoutesDeps): Promise<string | null> {
  const membership = await deps.store.communityOfBoard(id)
  if (!membership || membership.kind !== 'meeting') return null
  return (await deps.store.getCommunity(membership.communityId))?.standingBoardId ?? null
}

/** Answers with `read` as a roster download in `format`, named after `title`. */
export function sendRosterFile(req: IncomingMessage, res: ServerResponse, title: string, format: RosterFormat, read: RosterRead): void {
  const { type, text } = body(format, read)
  res.writeHead(200, {
    'content-type': type,
    'content-length': Buffer.byteLength(text),
    'content-disposition': downloadDisposition(req, { title, kind: FileKind.coops, extension: format }),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(text)
}
