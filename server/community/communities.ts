/**
 * The community's own REST routes: create one (with its standing board and three links), change
 * its name and description, show its links, publish or unpublish its directory, and set a
 * meeting's recording link. The page's whole view is ./communityView.ts. Shapes in
 * shared/community/api.ts; docs/PROTOCOL.md, "Communities".
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type * as Y from 'yjs'
import {
  CommunityPaths,
  DEFAULT_RELATION_LABELS,
  createCommunityBody,
  patchCommunityBody,
  patchMeetingBody,
} from '../../shared/community/api'
import { COMMUNITY_MAP, CommunityKey, readCommunityFacts } from '../../shared/community/maps'
import { writeCommunityFacts } from '../../shared/community/meetingBuild'
import { recordingUrlOf } from '../../shared/community/recordingUrl'
import { ErrorId, isBoardId } from '../../shared/protocol'
import { currentCommunityLinks, newCommunityTokens } from '../auth/communityAuth'
import { readValidBody } from '../http/body'
import { sendError, sendJson } from '../http/json'
import { publicOrigin } from '../http/origin'
import { newBoardId } from '../ids'
import type { CommunityInfo } from '../persistence/types'
import { authorizeCommunity, requireCoordinator } from './access'
import { writeBoard } from './boardWrite'
import { cleanLine, cleanText } from './cleanText'
import type { CommunityDeps } from './deps'
import { meetingSummary } from './meetingStatus'
import { forgetPublicAnswers } from './publicCache'

const MAX_BODY_BYTES = 16 * 1024

/** The facts a change answers with: what `GET` shows of the community itself. */
function factsOf(community: CommunityInfo) {
  const { id, name, description, createdAt, published, relationLabels } = community
  return { id, name, description, createdAt, published, relationLabels }
}

/** POST /api/communities `{ name, description? }` → 201 `{ id, url, links }`; whoever creates it is its coordinator. */
export async function postCommunity(req: IncomingMessage, res: ServerResponse, deps: CommunityDeps): Promise<void> {
  const body = await readValidBody(req, res, createCommunityBody, MAX_BODY_BYTES)
  if (!body) return
  const name = cleanLine(body.name)
  if (name === '') return sendError(res, 400, ErrorId.badRequest, 'name must hold visible characters.')
  const createdAt = new Date().toISOString()
  const community: CommunityInfo = {
    id: newBoardId(),
    name,
    description: cleanText(body.description ?? ''),
    createdAt,
    standingBoardId: newBoardId(),
    published: false,
    relationLabels: [...DEFAULT_RELATION_LABELS],
  }
  const { facilitatorToken, tokens } = newCommunityTokens()
  await deps.store.createCommunity(community, tokens, { id: community.standingBoardId, title: name, createdAt })
  // The standing board learns whose it is; the SQL rows above are what access rests on, so
  // a failed write here leaves a working community whose board shows no link back yet.
  await writeBoard(deps, community.standingBoardId, (doc) =>
    writeCommunityFacts(
      doc,
      { communityId: community.id, name, kind: 'standing', title: name, startsAt: null },
      community.relationLabels,
      null,
    ),
  )
  const origin = publicOrigin(req, deps.publicUrl)
  sendJson(res, 201, {
    id: community.id,
    url: `${origin}${CommunityPaths.page}${community.id}`,
    links: await currentCommunityLinks(deps.store, origin, community.id, facilitatorToken),
  })
}

/** Renames the community in a board's facts (the standing board's title is the community's name). */
function renameIn(doc: Y.Doc, name: string): void {
  const map = doc.getMap<unknown>(COMMUNITY_MAP)
  const facts = readCommunityFacts(map.get(CommunityKey.facts))
  if (!facts || facts.name === name) return
  map.set(CommunityKey.facts, { ...facts, name, title: facts.kind === 'standing' ? name : facts.title })
}

/** PATCH /api/communities/:id `{ name?, description? }` (coordinator) → 200 the community's facts. */
export async function patchCommunity(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can change the community.')) return
  const body = await readValidBody(req, res, patchCommunityBody, MAX_BODY_BYTES)
  if (!body) return
  const name = body.name === undefined ? undefined : cleanLine(body.name)
  if (name === '') return sendError(res, 400, ErrorId.badRequest, 'name must hold visible characters.')
  const description = body.description === undefined ? undefined : cleanText(body.description)
  await deps.store.updateCommunity(id, { name, description })
  forgetPublicAnswers(deps, id)
  if (name !== undefined && name !== access.community.name) {
    for (const board of await deps.store.listCommunityBoards(id)) await writeBoard(deps, board.boardId, (doc) => renameIn(doc, name))
  }
  sendJson(
    res,
    200,
    factsOf({ ...access.community, name: name ?? access.community.name, description: description ?? access.community.description }),
  )
}

/** GET /api/communities/:id/links (coordinator) → `{ links }`. */
export async function getCommunityLinks(req: IncomingMessage, res: ServerResponse, id: string, deps: CommunityDeps): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can see the links.')) return
  sendJson(res, 200, { links: await currentCommunityLinks(deps.store, publicOrigin(req, deps.publicUrl), id, access.token) })
}

/** POST /api/communities/:id/publish and …/unpublish (coordinator) → 200 `{ published }`. */
export async function setPublished(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  published: boolean,
  deps: CommunityDeps,
): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can publish or unpublish the directory.')) return
  await deps.store.updateCommunity(id, { published })
  forgetPublicAnswers(deps, id)
  sendJson(res, 200, { published })
}

/** PATCH /api/communities/:id/meetings/:boardId `{ recordingUrl }` (coordinator) → 200 the meeting. */
export async function patchMeeting(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  boardId: string,
  deps: CommunityDeps,
): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can change a meeting.')) return
  const body = await readValidBody(req, res, patchMeetingBody, MAX_BODY_BYTES)
  if (!body) return
  const recordingUrl = recordingUrlOf(body.recordingUrl)
  if (recordingUrl === undefined) return sendError(res, 400, ErrorId.badRequest, 'recordingUrl must be an http or https address.')
  const known = isBoardId(boardId) && (await deps.store.setRecordingUrl(id, boardId, recordingUrl))
  const meeting = known ? await deps.store.communityOfBoard(boardId) : null
  if (!meeting) return sendError(res, 404, ErrorId.notFound, 'No meeting with that id in this community.')
  const [latest] = await deps.store.listBoardSnapshots(boardId)
  sendJson(res, 200, meetingSummary(meeting, publicOrigin(req, deps.publicUrl), latest?.id ?? null, Date.now()))
}
