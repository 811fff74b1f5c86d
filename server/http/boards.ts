/**
 * The boards REST API: create a board (with one link per role), read its facts and counts,
 * show and rotate links.
 * See docs/PROTOCOL.md for the request and response shapes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type * as Y from 'yjs'
import { z } from 'zod'
import { countBoardRecords, type BoardCounts } from '../../shared/boardDoc'
import { CloseCode, ErrorId, MAX_TITLE_LENGTH, Paths, ROTATABLE_ROLES, Role, isBoardId, isRole } from '../../shared/protocol'
import { authenticate, currentLinks, newBoardTokens, rotateLink } from '../auth/boardAuth'
import { communityBoardLinks } from '../auth/communityAuth'
import { newBoardId } from '../ids'
import type { BoardStore } from '../persistence/types'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import { readValidBody } from './body'
import { sendError, sendJson } from './json'
import { publicOrigin } from './origin'

const MAX_BODY_BYTES = 16 * 1024
const DEFAULT_TITLE = 'Untitled board'

const createBoardBody = z.object({
  title: z
    .string({ error: 'title must be a string' })
    .max(MAX_TITLE_LENGTH, { error: `title must be at most ${MAX_TITLE_LENGTH} characters` })
    .optional(),
})

/** What the board routes need. */
export interface BoardRoutesDeps {
  store: BoardStore
  registry: RoomRegistry
  publicUrl: string | null
}

/** POST /api/boards → 201 { id, url }. */
export async function createBoard(req: IncomingMessage, res: ServerResponse, deps: BoardRoutesDeps): Promise<void> {
  const body = await readValidBody(req, res, createBoardBody, MAX_BODY_BYTES)
  if (!body) return
  const title = body.title?.replace(/\s+/g, ' ').trim() || DEFAULT_TITLE
  const id = newBoardId()
  const { facilitatorToken, tokens } = newBoardTokens()
  await deps.store.createBoard({ id, title, createdAt: new Date().toISOString() }, tokens)
  const origin = publicOrigin(req, deps.publicUrl)
  const links = await currentLinks(deps.store, origin, id, facilitatorToken)
  sendJson(res, 201, { id, url: `${origin}${Paths.boardPage}${id}`, links })
}

/**
 * Resolves the request's token (`Authorization: Bearer <token>`) to a role on the board, or
 * answers the request with the matching error (404, 401, 410) and returns null.
 */
export async function authorize(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  deps: BoardRoutesDeps,
): Promise<{ role: Role; token: string; via: 'board' | 'community' } | null> {
  const board = isBoardId(id) ? await deps.store.getBoard(id) : null
  if (!board) {
    sendError(res, 404, ErrorId.notFound, 'No board with that id.')
    return null
  }
  const token = bearerToken(req)
  const auth = await authenticate(deps.store, id, token)
  if (!auth.ok) {
    if (auth.reason === 'revoked') sendError(res, 410, ErrorId.linkRevoked, 'This link was replaced by a facilitator. Ask for the new one.')
    else sendError(res, 401, ErrorId.unauthorized, 'Open the board with a link that carries its token.')
    return null
  }
  return { role: auth.role, token: token ?? '', via: auth.via }
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1] ?? null
}

/**
 * GET /api/boards/:id → { id, title, createdAt, counts, role, community, viaCommunity }.
 * `viaCommunity` says the token is the community's: only such a token opens the community's
 * page, and the board's links are then the community's (they are not replaced here).
 */
export async function getBoard(req: IncomingMessage, res: ServerResponse, id: string, deps: BoardRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const board = await deps.store.getBoard(id)
  if (!board) return sendError(res, 404, ErrorId.notFound, 'No board with that id.')
  const counts = await countsOf(id, deps)
  const community = await communityOf(id, deps)
  sendJson(res, 200, { ...board, counts, role: access.role, community, viaCommunity: access.via === 'community' })
}

/** The community the board belongs to, as `GET /api/boards/:id` shows it, or null. */
async function communityOf(
  boardId: string,
  deps: BoardRoutesDeps,
): Promise<{ id: string; name: string; kind: 'standing' | 'meeting' } | null> {
  const membership = await deps.store.communityOfBoard(boardId)
  const community = membership ? await deps.store.getCommunity(membership.communityId) : null
  return membership && community ? { id: community.id, name: community.name, kind: membership.kind } : null
}

/** GET /api/boards/:id/links (facilitator) → { links }. */
export async function getLinks(req: IncomingMessage, res: ServerResponse, id: string, deps: BoardRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  if (access.role !== Role.facilitator) return sendError(res, 403, ErrorId.forbidden, 'Only facilitators can see the links.')
  const origin = publicOrigin(req, deps.publicUrl)
  // A community's coordinator token derives the community's links; a board's own facilitator
  // token (a board attached to a community keeps its own) derives the board's.
  const membership = access.via === 'community' ? await deps.store.communityOfBoard(id) : null
  const links = membership
    ? await communityBoardLinks(deps.store, origin, membership.communityId, id, access.token)
    : await currentLinks(deps.store, origin, id, access.token)
  sendJson(res, 200, { links })
}

/**
 * POST /api/boards/:id/links/:role/rotate (facilitator) → { links }. Everyone connected with
 * the old link is disconnected with the permanent "link revoked" close code.
 */
export async function rotateBoardLink(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  role: string,
  deps: BoardRoutesDeps,
): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  if (access.role !== Role.facilitator) return sendError(res, 403, ErrorId.forbidden, 'Only facilitators can replace links.')
  if (!isRole(role) || !ROTATABLE_ROLES.includes(role)) {
    return sendError(res, 400, ErrorId.badRequest, 'Only the participant and viewer links can be replaced.')
  }
  // A community's token rotates the community's links (POST /api/communities/:id/links/:role/rotate);
  // a board attached to a community keeps its own links, rotated here with its own token.
  if (access.via === 'community') {
    return sendError(res, 409, ErrorId.conflict, "The links of a community's board are the community's.")
  }
  const revoked = await rotateLink(deps.store, id, access.token, role)
  deps.registry.peek(id)?.closeConnectionsWithToken(new Set(revoked), CloseCode.linkRevoked, 'link revoked')
  sendJson(res, 200, { links: await currentLinks(deps.store, publicOrigin(req, deps.publicUrl), id, access.token) })
}

async function countsOf(boardId: string, deps: BoardRoutesDeps): Promise<BoardCounts> {
  return readBoardDoc(boardId, deps, countBoardRecords)
}

/**
 * Reads a board's document with `read`, as stored (RoomRegistry.readDocument): the live room's
 * once what it holds is committed, else the stored one. An update waiting for its commit is
 * never in a download: a crash could still lose it. `read` must not keep the document.
 */
export function readBoardDoc<T>(boardId: string, deps: Pick<BoardRoutesDeps, 'registry'>, read: (doc: Y.Doc) => T): Promise<T> {
  return deps.registry.readDocument(boardId, read)
}
