/**
 * GET /api/communities/:id: the community page's whole view, as any of its tokens sees it: the
 * community's facts (SQL), its meetings with their final snapshots, and what is read from its
 * boards (./aggregates.ts). A coordinator's read runs the sync first (./rosterSync.ts), so a coop
 * added at the last meeting shows. Links are not in it: coordinators ask for them apart.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CommunityRole, type CommunityView } from '../../shared/community/api'
import { Paths } from '../../shared/protocol'
import { sendJson } from '../http/json'
import { publicOrigin } from '../http/origin'
import { authorizeCommunity, sendUnwritable } from './access'
import { readCommunityAggregates } from './aggregates'
import type { CommunityDeps } from './deps'
import { finalSnapshotIdOf } from './finalSnapshots'
import { meetingSummary, nextMeetingOf } from './meetingStatus'
import { syncCommunity } from './rosterSync'

/** GET /api/communities/:id (any community token) → `CommunityView`. */
export async function getCommunityView(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access) return
  const { community, role } = access
  if (role === CommunityRole.coordinator && !(await syncCommunity(deps, community.id))) return sendUnwritable(res)
  const origin = publicOrigin(req, deps.publicUrl)
  const boards = await deps.store.listCommunityBoards(id)
  const now = Date.now()
  const meetings = await Promise.all(
    boards
      .filter((board) => board.kind === 'meeting')
      .map(async (board) => {
        const snapshots = await deps.store.listBoardSnapshots(board.boardId)
        return meetingSummary(board, origin, finalSnapshotIdOf(board, snapshots), now)
      }),
  )
  const { coops, workingGroups, rotation, relations } = await readCommunityAggregates(deps, community, boards)
  const view: CommunityView = {
    id: community.id,
    name: community.name,
    description: community.description,
    createdAt: community.createdAt,
    role,
    published: community.published,
    standingBoard: { id: community.standingBoardId, url: `${origin}${Paths.boardPage}${community.standingBoardId}` },
    coops,
    meetings,
    nextMeeting: nextMeetingOf(meetings),
    workingGroups,
    rotation,
    relations,
    relationLabels: community.relationLabels,
  }
  sendJson(res, 200, view)
}
