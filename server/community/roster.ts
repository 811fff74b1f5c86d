/**
 * The community roster, kept on its standing board: `POST /api/communities/:id/roster` imports
 * by the board import's rules (same bodies, same answers; the upload and the preview are
 * server/http/rosterImport.ts's), and the valid rows also reach every upcoming meeting board;
 * `GET …/roster.json` and `…/roster.csv` serve it like a board's. The import, and a
 * coordinator's read, run the sync first (./rosterSync.ts), so what a meeting added or corrected
 * is part of it; members and viewers read the standing board as stored.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type * as Y from 'yjs'
import { coopFingerprint } from '../../shared/community/areaCopy'
import { coopKey, writeBaseline } from '../../shared/community/baseline'
import { readRoster } from '../../shared/corners/applyPlan'
import { CommunityRole } from '../../shared/community/api'
import type { RosterParse } from '../../shared/corners/parseRoster'
import { importRosterInto, previewRosterImport, rosterTargetOf, type RosterImportPreview } from '../../shared/corners/rosterImport'
import { readForDownload, sendRosterFile, type RosterFormat } from '../http/roster'
import { readRosterUpload, sendPreview } from '../http/rosterImport'
import { authorizeCommunity, requireCoordinator, sendUnwritable } from './access'
import { writeBoard } from './boardWrite'
import type { CommunityDeps } from './deps'
import { forgetPublicAnswers } from './publicCache'
import { isUpcoming } from './meetingStatus'
import { communityBoards, syncCommunity } from './rosterSync'

/** Origin of the transactions a community roster import writes. */
const IMPORT_ORIGIN = 'community roster import'

/**
 * Imports into a meeting board and moves its baseline for the coops imported, so the sync back
 * does not take the community's own import for a change made at the meeting.
 */
function importIntoMeeting(parsed: RosterParse) {
  return (doc: Y.Doc): void => {
    doc.transact(() => {
      const preview = importRosterInto(doc, parsed, IMPORT_ORIGIN)
      if (!preview.ok) return
      const imported = new Set(preview.plan.coops.map((coop) => coop.id))
      const coops = readRoster(doc).filter((coop) => imported.has(coop.id))
      writeBaseline(
        doc,
        coops.map((coop) => [coopKey(coop.id), coopFingerprint(coop)] as const),
      )
    }, IMPORT_ORIGIN)
  }
}

/** POST /api/communities/:id/roster[?apply=valid] (coordinator) → the preview, and what was written. */
export async function postCommunityRoster(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  // Until the body is read, any answer closes the connection: an unread body cannot be skipped.
  res.setHeader('connection', 'close')
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can import the roster.')) return
  const upload = await readRosterUpload(req, res)
  if (!upload) return
  const { parsed } = upload
  if (!(await syncCommunity(deps, access.community.id))) return sendUnwritable(res)
  const standingId = access.community.standingBoardId
  if (!upload.apply) {
    const preview = await deps.registry.readDocument(standingId, (doc) => previewRosterImport(parsed, rosterTargetOf(doc)))
    return sendPreview(res, preview, false)
  }
  const written = await writeBoard(deps, standingId, (doc): RosterImportPreview => importRosterInto(doc, parsed, IMPORT_ORIGIN))
  forgetPublicAnswers(deps, access.community.id)
  if (!written.ok) return sendUnwritable(res)
  const now = Date.now()
  const { meetings } = await communityBoards(deps, access.community.id)
  for (const meeting of meetings.filter((board) => isUpcoming(board, now))) {
    if (!(await writeBoard(deps, meeting.boardId, importIntoMeeting(parsed))).ok) return sendUnwritable(res)
  }
  sendPreview(res, written.value, written.changed)
}

/** GET /api/communities/:id/roster.(json|csv) (any community token) → the community's roster as a download. */
export async function getCommunityRoster(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  format: RosterFormat,
  deps: CommunityDeps,
): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access) return
  if (access.role === CommunityRole.coordinator && !(await syncCommunity(deps, access.community.id))) return sendUnwritable(res)
  const read = await deps.registry.readDocument(access.community.standingBoardId, readForDownload)
  sendRosterFile(req, res, access.community.name, format, read)
}
