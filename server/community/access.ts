/**
 * Who is asking, on a community route: resolves `Authorization: Bearer <token>` to a
 * community role, or answers the request (404, 401, 410, 403) the way board routes do.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { COMMUNITY_ROLE_OF, isCommunityId, type CommunityRole } from '../../shared/community/api'
import { ErrorId } from '../../shared/protocol'
import { authenticateCommunity } from '../auth/communityAuth'
import { bearerToken } from '../http/boards'
import { sendError } from '../http/json'
import type { CommunityInfo } from '../persistence/types'
import type { CommunityDeps } from './deps'

/** A caller let in: the community, their role in it and the token they presented. */
export interface CommunityAccess {
  community: CommunityInfo
  role: CommunityRole
  token: string
}

/** Answers 503 when a board of the community could not be written (the caller may retry). */
export function sendUnwritable(res: ServerResponse): void {
  sendError(res, 503, ErrorId.storageUnavailable, 'The community could not be written; try again.')
}

/** Answers 404 for an unknown or malformed community id. */
export function sendCommunityNotFound(res: ServerResponse): void {
  sendError(res, 404, ErrorId.notFound, 'No community with that id.')
}

/**
 * Resolves the request's token to a role in the community, or answers the request with the
 * matching error (404 unknown or malformed id, 401 no or wrong token, 410 revoked) and returns null.
 */
export async function authorizeCommunity(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  deps: Pick<CommunityDeps, 'store'>,
): Promise<CommunityAccess | null> {
  const community = isCommunityId(id) ? await deps.store.getCommunity(id) : null
  if (!community) {
    sendCommunityNotFound(res)
    return null
  }
  const token = bearerToken(req)
  const auth = await authenticateCommunity(deps.store, id, token)
  if (!auth.ok) {
    if (auth.reason === 'revoked') sendError(res, 410, ErrorId.linkRevoked, 'This link was replaced by a coordinator. Ask for the new one.')
    else sendError(res, 401, ErrorId.unauthorized, 'Open the community with a link that carries its token.')
    return null
  }
  return { community, role: COMMUNITY_ROLE_OF[auth.role], token: token ?? '' }
}

/** True for a coordinator; otherwise answers 403 (with `message`, or a general one) and returns false. */
export function requireCoordinator(res: ServerResponse, access: CommunityAccess, message = 'Only coordinators can do this.'): boolean {
  if (access.role === 'coordinator') return true
  sendError(res, 403, ErrorId.forbidden, message)
  return false
}
