/**
 * `POST /api/boards/:id/roster`: a roster import for scripts, by the rules of the import
 * dialog (shared/corners/rosterImport.ts). The body is a CSV or plain list (`text/csv`,
 * `text/plain`) or the JSON of a `roster.json` export (`application/json`). Without
 * `?apply=valid` it is a dry run: the answer is the preview and nothing is written. With it,
 * the valid rows are written as one facilitator's update through the room (reviewed, stored
 * before every open browser sees it), and the answer says what was written. Facilitators only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ROSTER_MAX_BYTES, parseRosterText, type RosterParse } from '../../shared/corners/parseRoster'
import { parseRosterJson } from '../../shared/corners/rosterJsonInput'
import { importRosterInto, previewRosterImport, rosterTargetOf, type RosterImportPreview } from '../../shared/corners/rosterImport'
import { ErrorId, Role } from '../../shared/protocol'
import { buildOnScratch } from '../rooms/serverWrite'
import { authorize, readBoardDoc, type BoardRoutesDeps } from './boards'
import { readUploadBody } from './body'
import { sendError, sendJson } from './json'

/** Origin of the transaction a REST import writes on the scratch copy. */
const REST_IMPORT_ORIGIN = 'rest roster import'

type BodyKind = 'text' | 'json'

function bodyKind(req: IncomingMessage): BodyKind | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === 'text/csv' || type === 'text/plain') return 'text'
  if (type === 'application/json') return 'json'
  return null
}

/** The body read as a roster, or null once answered (a JSON body that does not parse). */
function parseBody(res: ServerResponse, kind: BodyKind, bytes: Buffer): RosterParse | null {
  // Not fatal: a file in another encoding shows as U+FFFD, which the binary check reports.
  const text = new TextDecoder('utf-8').decode(bytes)
  if (kind === 'text') return parseRosterText(text)
  try {
    return parseRosterJson(JSON.parse(text) as unknown)
  } catch {
    sendError(res, 400, ErrorId.badRequest, 'The body is not valid JSON.')
    return null
  }
}

/** The preview as the API answers it (docs/PROTOCOL.md, "Coop roster and corners"). */
function previewBody(preview: Extract<RosterImportPreview, { ok: true }>, applied: boolean): object {
  const { plan } = preview
  return {
    applied,
    format: preview.format,
    summary: { ...plan.summary, validRows: preview.validRows, skippedRows: preview.skippedRows },
    coops: plan.coops.map((coop) => ({
      id: coop.id,
      name: coop.name,
      status: preview.added.has(coop.id) ? 'new' : 'updated',
      ...(coop.delegateCount !== undefined ? { delegateCount: coop.delegateCount } : {}),
    })),
    problems: preview.problems,
    warnings: preview.warnings,
    ignoredColumns: preview.ignoredColumns,
  }
}

/** Answers with the preview; a parsed roster always plans, so the other case is a bug. */
export function sendPreview(res: ServerResponse, preview: RosterImportPreview, applied: boolean): void {
  if (preview.ok) sendJson(res, 200, previewBody(preview, applied))
  else sendError(res, 500, ErrorId.internal, 'The roster could not be planned.')
}

/** A roster upload read and parsed: its rows, and whether to write the valid ones (`?apply=valid`) or only preview. */
export interface RosterUpload {
  parsed: Extract<RosterParse, { ok: true }>
  apply: boolean
}

/**
 * Reads a roster upload once the caller is let in: `?apply`, the content type (415), the body
 * (413 over 1 MiB) and its rows (422 when none can be imported). Null once answered. The
 * caller sets `connection: close` before its own checks; it is lifted once the body is read.
 */
export async function readRosterUpload(req: IncomingMessage, res: ServerResponse): Promise<RosterUpload | null> {
  const apply = new URL(req.url ?? '/', 'http://localhost').searchParams.get('apply')
  if (apply !== null && apply !== 'valid') {
    sendError(res, 400, ErrorId.badRequest, 'apply must be "valid", or left out for a dry run.')
    return null
  }
  const kind = bodyKind(req)
  if (!kind) {
    sendError(res, 415, ErrorId.unsupportedMediaType, 'Send the roster as text/csv, text/plain or application/json.')
    return null
  }
  const bytes = await readUploadBody(req, res, ROSTER_MAX_BYTES, 'The roster is larger than 1 MiB; split it into smaller files.')
  if (!bytes) return null
  res.removeHeader('connection')
  const parsed = parseBody(res, kind, bytes)
  if (!parsed) return null
  if (!parsed.ok) {
    sendJson(res, 422, { error: { id: ErrorId.badRequest, message: 'Nothing in the roster can be imported.' }, problems: parsed.errors })
    return null
  }
  return { parsed, apply: apply === 'valid' }
}

/** POST /api/boards/:id/roster[?apply=valid] (facilitator) → the preview, and what was written. */
export async function postRoster(req: IncomingMessage, res: ServerResponse, id: string, deps: BoardRoutesDeps): Promise<void> {
  // Until the body is read, any answer closes the connection: an unread body cannot be skipped.
  res.setHeader('connection', 'close')
  const access = await authorize(req, res, id, deps)
  if (!access) return
  if (access.role !== Role.facilitator) return sendError(res, 403, ErrorId.forbidden, 'Only facilitators can import a roster.')
  const upload = await readRosterUpload(req, res)
  if (!upload) return
  const { parsed } = upload
  if (!upload.apply) {
    const preview = await readBoardDoc(id, deps, (doc) => previewRosterImport(parsed, rosterTargetOf(doc)))
    return sendPreview(res, preview, false)
  }
  const room = await deps.registry.acquire(id)
  try {
    // Planned on the document as stored, so the plan never builds on what a crash could lose.
    const read = await room.readStored((doc) => buildOnScratch(doc, (scratch) => importRosterInto(scratch, parsed, REST_IMPORT_ORIGIN)))
    if (!read.ok) return sendError(res, 503, ErrorId.storageUnavailable, 'The board could not be written; try again.')
    const { result: preview, change } = read.value
    const stored = change === null || (await room.applyServerUpdate(change, Role.facilitator))
    if (!stored) return sendError(res, 503, ErrorId.storageUnavailable, 'The board could not be written; try again.')
    sendPreview(res, preview, change !== null)
  } finally {
    deps.registry.release(room)
  }
}
