/**
 * Working groups (coordinator): `POST /api/communities/:id/working-groups` creates one with its
 * lasting area on the standing board, `PUT …/working-groups/:wgId` renames it or changes its coops
 * and people. Each write also reaches every upcoming meeting board (entry and area), so the next
 * assembly already shows it. Answers the group as the community page shows it (`WorkingGroupView`).
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { COMMUNITY_LIMITS, workingGroupBody } from '../../shared/community/api'
import { writeBaseline } from '../../shared/community/baseline'
import type { WorkingGroup } from '../../shared/community/maps'
import { readWorkingGroups } from '../../shared/community/rotation'
import { newAreaFrame, writeWorkingGroup } from '../../shared/community/workingGroupWrite'
import { readRoster } from '../../shared/corners/applyPlan'
import { ErrorId } from '../../shared/protocol'
import { readValidBody } from '../http/body'
import { sendError, sendJson } from '../http/json'
import type { CommunityInfo } from '../persistence/types'
import { authorizeCommunity, requireCoordinator, sendUnwritable } from './access'
import { readCommunityAggregates } from './aggregates'
import { writeBoard } from './boardWrite'
import type { CommunityDeps } from './deps'
import { forgetPublicAnswers } from './publicCache'
import { isUpcoming } from './meetingStatus'
import { communityBoards, syncCommunity } from './rosterSync'

const MAX_BODY_BYTES = 64 * 1024

type GroupBody = ReturnType<typeof workingGroupBody.parse>

/** The coop ids of `body` that are not on the community's roster (synced first: a coop added at a meeting counts). */
async function unknownCoops(deps: CommunityDeps, community: CommunityInfo, body: GroupBody): Promise<string[] | null> {
  if (!(await syncCommunity(deps, community.id))) return null
  const known = new Set(await deps.registry.readDocument(community.standingBoardId, (doc) => readRoster(doc).map((coop) => coop.id)))
  return body.coopIds.filter((id) => !known.has(id))
}

/** Writes `group` into the standing board and every upcoming meeting; false when a board could not be written. */
async function writeEverywhere(deps: CommunityDeps, community: CommunityInfo, group: WorkingGroup): Promise<boolean> {
  const area = { ...newAreaFrame(group), id: group.areaId ?? newAreaFrame(group).id }
  const standing = await writeBoard(deps, community.standingBoardId, (doc) => writeWorkingGroup(doc, group, area))
  forgetPublicAnswers(deps, community.id)
  if (!standing.ok) return false
  const now = Date.now()
  const { meetings } = await communityBoards(deps, community.id)
  for (const meeting of meetings.filter((board) => isUpcoming(board, now))) {
    const written = await writeBoard(deps, meeting.boardId, (doc) => writeBaseline(doc, writeWorkingGroup(doc, group, area)))
    if (!written.ok) return false
  }
  return true
}

/** Answers `status` with the group as the community page shows it (with its presenter suggestion). */
async function sendView(
  res: ServerResponse,
  status: number,
  deps: CommunityDeps,
  community: CommunityInfo,
  groupId: string,
): Promise<void> {
  const { standing, meetings } = await communityBoards(deps, community.id)
  const aggregates = await readCommunityAggregates(deps, community, standing ? [standing, ...meetings] : meetings)
  const view = aggregates.workingGroups.find((group) => group.id === groupId)
  if (!view) return sendError(res, 500, ErrorId.internal, 'The working group was not stored.')
  sendJson(res, status, view)
}

/** Checks the body against the roster; null once answered. */
async function readGroupBody(
  req: IncomingMessage,
  res: ServerResponse,
  deps: CommunityDeps,
  community: CommunityInfo,
): Promise<GroupBody | null> {
  const body = await readValidBody(req, res, workingGroupBody, MAX_BODY_BYTES)
  if (!body) return null
  const unknown = await unknownCoops(deps, community, body)
  if (!unknown) {
    sendUnwritable(res)
    return null
  }
  if (unknown.length > 0) {
    sendError(res, 400, ErrorId.badRequest, `These coops are not on the community's roster: ${unknown.slice(0, 5).join(', ')}.`)
    return null
  }
  return {
    ...body,
    name: body.name.replace(/\s+/g, ' ').trim(),
    coopIds: [...new Set(body.coopIds)],
    people: [...new Set(body.people.map((name) => name.trim()))],
  }
}

/** POST /api/communities/:id/working-groups (coordinator) `{ name, coopIds, people }` → 201 the group. */
export async function postWorkingGroup(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can create working groups.')) return
  const body = await readGroupBody(req, res, deps, access.community)
  if (!body) return
  const existing = await deps.registry.readDocument(access.community.standingBoardId, readWorkingGroups)
  if (existing.length >= COMMUNITY_LIMITS.workingGroups) {
    return sendError(res, 409, ErrorId.limitReached, `A community has at most ${COMMUNITY_LIMITS.workingGroups} working groups.`)
  }
  const groupId = randomBytes(9).toString('base64url')
  const group: WorkingGroup = { id: groupId, ...body, areaId: newAreaFrame({ id: groupId, name: body.name }).id, createdAt: Date.now() }
  if (!(await writeEverywhere(deps, access.community, group))) return sendUnwritable(res)
  await sendView(res, 201, deps, access.community, group.id)
}

/** PUT /api/communities/:id/working-groups/:wgId (coordinator) `{ name, coopIds, people }` → 200 the group. */
export async function putWorkingGroup(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  groupId: string,
  deps: CommunityDeps,
): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can change working groups.')) return
  const body = await readGroupBody(req, res, deps, access.community)
  if (!body) return
  const groups = await deps.registry.readDocument(access.community.standingBoardId, readWorkingGroups)
  const current = groups.find((group) => group.id === groupId)
  if (!current) return sendError(res, 404, ErrorId.notFound, 'No working group with that id.')
  const group: WorkingGroup = { ...current, ...body, areaId: current.areaId ?? newAreaFrame(current).id }
  if (!(await writeEverywhere(deps, access.community, group))) return sendUnwritable(res)
  await sendView(res, 200, deps, access.community, group.id)
}
