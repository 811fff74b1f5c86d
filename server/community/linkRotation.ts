/**
 * `POST /api/communities/:id/links/:role/rotate` (coordinator): replaces the member or viewer
 * link of the community, so a leaked one stops working on every board of the community. The
 * coordinator link is the root the others derive from and is never rotated, as for boards.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { BOARD_ROLE_OF, type CommunityRole } from '../../shared/community/api'
import { CloseCode, ErrorId } from '../../shared/protocol'
import { currentCommunityLinks, rotateCommunityLink } from '../auth/communityAuth'
import { sendError, sendJson } from '../http/json'
import { publicOrigin } from '../http/origin'
import { authorizeCommunity, requireCoordinator } from './access'
import type { CommunityDeps } from './deps'

/** The community roles whose links can be replaced. */
const ROTATABLE: readonly CommunityRole[] = ['member', 'viewer']

function isRotatable(role: string): role is CommunityRole {
  return (ROTATABLE as readonly string[]).includes(role)
}

/**
 * POST /api/communities/:id/links/:role/rotate (coordinator) → `{ links }`. Everyone connected
 * to a board of the community with the old link is disconnected with the permanent "link
 * revoked" close code. Rooms open on another node close theirs when their people reconnect:
 * the old token is refused there too (the revocation is in the shared store).
 */
export async function rotateCommunityLinkRoute(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  role: string,
  deps: CommunityDeps,
): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access || !requireCoordinator(res, access, 'Only coordinators can replace links.')) return
  if (!isRotatable(role)) return sendError(res, 400, ErrorId.badRequest, 'Only the member and viewer links can be replaced.')
  const revoked = new Set(await rotateCommunityLink(deps.store, id, access.token, BOARD_ROLE_OF[role]))
  for (const board of await deps.store.listCommunityBoards(id)) {
    deps.registry.peek(board.boardId)?.closeConnectionsWithToken(revoked, CloseCode.linkRevoked, 'link revoked')
  }
  sendJson(res, 200, { links: await currentCommunityLinks(deps.store, publicOrigin(req, deps.publicUrl), id, access.token) })
}
