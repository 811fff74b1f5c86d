/**
 * The community's meetings: `POST /api/communities/:id/meetings` creates the next meeting's
 * board (meetingPlan.ts), `POST /api/communities/:id/boards` attaches an existing board as a
 * meeting, proving its facilitator token, and merges its roster into the community's.
 * Coordinators only. Shapes in shared/community/api.ts; docs/PROTOCOL.md, "Communities".
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type * as Y from 'yjs'
import { attachBoardBody, newMeetingBody } from '../../shared/community/api'
import { coopFingerprint } from '../../shared/community/areaCopy'
import { coopKey, writeBaseline } from '../../shared/community/baseline'
import { detailsOf, writeCommunityFacts } from '../../shared/community/meetingBuild'
import { readRecords } from '../../shared/boardDoc'
import { applyRosterPlan, readRoster } from '../../shared/corners/applyPlan'
import { planRosterImport } from '../../shared/corners/importPlan'
import type { Coop } from '../../shared/corners/roster'
import { DEFAULT_PAGE_ID } from '../../shared/notes'
import { ErrorId, Paths, Role, isBoardId } from '../../shared/protocol'
import { authenticate } from '../auth/boardAuth'
import { readValidBody } from '../http/body'
import { sendError, sendJson } from '../http/json'
import { requestLanguage } from '../http/minutes'
import { publicOrigin } from '../http/origin'
import type { CommunityBoard, CommunityInfo } from '../persistence/types'
import { authorizeCommunity, requireCoordinator, sendUnwritable } from './access'
import { labelsOf } from './aggregates'
import { writeBoard } from './boardWrite'
import { cleanLine } from './cleanText'
import type { CommunityDeps } from './deps'
import { createMeeting } from './meetingPlan'
import { meetingSummary } from './meetingStatus'
import { communityBoards, syncCommunity } from './rosterSync'

const MAX_BODY_BYTES = 16 * 1024

/** Origin of the transaction that merges an attached board's roster. */
const ATTACH_ORIGIN = 'community attach'

/** POST /api/communities/:id/meetings (coordinator) `{ title, startsAt }` → 201 `{ board: { id, url } }`. */
export async function postMeeting(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can create meetings.')) return
  const body = await readValidBody(req, res, newMeetingBody, MAX_BODY_BYTES)
  if (!body) return
  const title = cleanLine(body.title)
  if (title === '') return sendError(res, 400, ErrorId.badRequest, 'title must hold visible characters.')
  const created = await createMeeting(deps, access.community, {
    title,
    startsAt: body.startsAt,
    language: requestLanguage(req),
  })
  if (!created.ok) return sendUnwritable(res)
  const origin = publicOrigin(req, deps.publicUrl)
  sendJson(res, 201, { board: { id: created.board.boardId, url: `${origin}${Paths.boardPage}${created.board.boardId}` } })
}

/** Merges `coops` (an attached board's roster) into the standing board's, new coops getting corners. */
function mergeRosterInto(coops: readonly Coop[]) {
  return (doc: Y.Doc): void => {
    const plan = planRosterImport({
      coops: readRoster(doc),
      records: readRecords(doc),
      rows: coops.map(detailsOf),
      pageId: DEFAULT_PAGE_ID,
    })
    applyRosterPlan(doc, plan, ATTACH_ORIGIN)
  }
}

/** Marks an attached board as the community's meeting, with its roster as the baseline the sync compares with. */
function markAttached(community: CommunityInfo, board: CommunityBoard, labels: readonly string[]) {
  return (doc: Y.Doc): void => {
    doc.transact(() => {
      const startsAt = Date.parse(board.startsAt ?? board.createdAt)
      writeCommunityFacts(
        doc,
        { communityId: community.id, name: community.name, kind: 'meeting', title: board.title, startsAt },
        labels,
        null,
      )
      writeBaseline(
        doc,
        readRoster(doc).map((coop) => [coopKey(coop.id), coopFingerprint(coop)] as const),
      )
    }, ATTACH_ORIGIN)
  }
}

/**
 * POST /api/communities/:id/boards (coordinator) `{ boardId, boardToken }` → 201 the meeting.
 * The board keeps its own links; its roster joins the community's (nothing removed, no twins).
 */
export async function attachBoard(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can attach boards.')) return
  const body = await readValidBody(req, res, attachBoardBody, MAX_BODY_BYTES)
  if (!body) return
  const info = isBoardId(body.boardId) ? await deps.store.getBoard(body.boardId) : null
  if (!info) return sendError(res, 404, ErrorId.notFound, 'No board with that id.')
  if (await deps.store.communityOfBoard(info.id)) {
    return sendError(res, 409, ErrorId.conflict, 'That board already belongs to a community.')
  }
  const auth = await authenticate(deps.store, info.id, body.boardToken)
  if (!auth.ok || auth.role !== Role.facilitator) {
    return sendError(res, 403, ErrorId.forbidden, "Attach a board with its facilitator link's token.")
  }
  const { standing } = await communityBoards(deps, access.community.id)
  if (!standing) return sendUnwritable(res)
  const board: CommunityBoard = {
    boardId: info.id,
    communityId: access.community.id,
    kind: 'meeting',
    title: info.title,
    startsAt: info.createdAt,
    recordingUrl: null,
    createdAt: new Date().toISOString(),
  }
  await deps.store.addCommunityBoard(board, null)
  const coops = await deps.registry.readDocument(info.id, readRoster)
  const merged = await writeBoard(deps, standing.boardId, mergeRosterInto(coops))
  const labels = labelsOf(access.community)
  const marked = merged.ok && (await writeBoard(deps, info.id, markAttached(access.community, board, labels))).ok
  if (!marked || !(await syncCommunity(deps, access.community.id))) return sendUnwritable(res)
  sendJson(res, 201, meetingSummary(board, publicOrigin(req, deps.publicUrl), null, Date.now()))
}
