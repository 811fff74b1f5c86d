/**
 * `GET /api/boards/:id/export.md`: the meeting minutes as Markdown (shared/export/minutes.ts).
 * Any role's token may read them, as `Authorization: Bearer` (see roster.ts for why never in
 * the URL). `?tz=<IANA zone>` shows the date in the reader's zone; an unknown zone falls back
 * to UTC rather than failing a download people need after the meeting.
 *
 * The language: `?lang=` (the app sends the person's UI language, which may differ from the
 * browser's), else `Accept-Language`, so a link opened in a browser reads in its language, as
 * HTTP negotiation means it to; else English, which a script sending neither gets unchanged. An
 * unshipped language reads as English; `Content-Language` says which one was written.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { boardMinutes } from '../../shared/export/minutes'
import { minutesLanguage } from '../../shared/export/translate'
import { acceptedLanguages } from '../../shared/text/language'
import { ErrorId } from '../../shared/protocol'
import { authorize, readBoardDoc, type BoardRoutesDeps } from './boards'
import { FileKind } from '../../shared/export/fileName'
import { downloadDisposition, requestTimeZone } from './contentDisposition'
import { sendError } from './json'

/** Longest `?lang=` tag read ("es", "pt-BR"; BCP 47 tags people use are short). */
const MAX_LANGUAGE_LENGTH = 35

/** The language to write the minutes in for this request: `?lang=`, else `Accept-Language`, else English. */
export function requestLanguage(req: IncomingMessage): string {
  const asked = new URL(req.url ?? '/', 'http://internal').searchParams.get('lang')
  if (asked && asked.length <= MAX_LANGUAGE_LENGTH) return minutesLanguage([asked])
  return minutesLanguage(acceptedLanguages(req.headers['accept-language']))
}

/** GET /api/boards/:id/export.md → the minutes as a Markdown download named after the board. */
export async function getMinutes(req: IncomingMessage, res: ServerResponse, id: string, deps: BoardRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const board = await deps.store.getBoard(id)
  if (!board) return sendError(res, 404, ErrorId.notFound, 'No board with that id.')
  const timeZone = requestTimeZone(req)
  const language = requestLanguage(req)
  const text = await readBoardDoc(id, deps, (doc) =>
    boardMinutes(doc, { boardId: id, title: board.title, at: Date.now(), language, ...(timeZone ? { timeZone } : {}) }),
  )
  res.writeHead(200, {
    'content-type': 'text/markdown; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'content-disposition': downloadDisposition(req, { title: board.title, kind: FileKind.minutes, extension: 'md' }),
    'content-language': language,
    'cache-control': 'no-store',
    vary: 'Accept-Language',
    'x-content-type-options': 'nosniff',
  })
  res.end(text)
}
