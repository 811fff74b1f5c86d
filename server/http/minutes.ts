/**
 * `GET /api/boards/:id/export.md`: the meeting minutes as Markdown (shared/export/minutes.ts).
 * Any role's token may read them, as `Authorization: Bearer` (see roster.ts for why never in
 * the URL). `?tz=<IANA zone>` shows the date in the reader's zone; an unknown zone falls back
 * to UTC rather than failing a download people need after the meeting.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { boardMinutes } from '../../shared/export/minutes'
import { ErrorId } from '../../shared/protocol'
import { authorize, readBoardDoc, type BoardRoutesDeps } from './boards'
import { attachmentDisposition, downloadName } from './contentDisposition'
import { sendError } from './json'

/** Longest time-zone name accepted (the longest IANA names are about 30 characters). */
const MAX_TIME_ZONE_LENGTH = 64

function timeZoneOf(req: IncomingMessage): string | undefined {
  const zone = new URL(req.url ?? '/', 'http://internal').searchParams.get('tz')
  return zone && zone.length <= MAX_TIME_ZONE_LENGTH ? zone : undefined
}

/** GET /api/boards/:id/export.md → the minutes as a Markdown download named after the board. */
export async function getMinutes(req: IncomingMessage, res: ServerResponse, id: string, deps: BoardRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const board = await deps.store.getBoard(id)
  if (!board) return sendError(res, 404, ErrorId.notFound, 'No board with that id.')
  const timeZone = timeZoneOf(req)
  const text = await readBoardDoc(id, deps, (doc) =>
    boardMinutes(doc, { boardId: id, title: board.title, at: Date.now(), ...(timeZone ? { timeZone } : {}) }),
  )
  res.writeHead(200, {
    'content-type': 'text/markdown; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'content-disposition': attachmentDisposition(downloadName(board.title, 'minutes.md')),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(text)
}
