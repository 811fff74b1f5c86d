/**
 * Who may do what in a community: its link tokens are made exactly like a board's (a random
 * coordinator token, the others derived from it) and stored as board roles, so a community
 * token opens every board of the community (./boardAuth.ts `authenticate`) with the same role.
 */
import { BOARD_ROLE_OF, CommunityPaths, type CommunityLinks } from '../../shared/community/api'
import { LINK_TOKEN_KEY, Role } from '../../shared/protocol'
import type { BoardStore } from '../persistence/types'
import { boardLinks, currentTokens, resultOf, type AuthResult, type BoardLinks } from './boardAuth'
import { deriveToken, hashToken, isTokenShaped } from './tokens'

export { newBoardTokens as newCommunityTokens } from './boardAuth'

/** The community page link carrying `token` in its fragment. */
export function communityLink(origin: string, communityId: string, token: string): string {
  return `${origin}${CommunityPaths.page}${communityId}#${LINK_TOKEN_KEY}=${token}`
}

/** Resolves `token` to its (board) role in the community. */
export async function authenticateCommunity(store: BoardStore, communityId: string, token: unknown): Promise<AuthResult> {
  if (!isTokenShaped(token)) return { ok: false, reason: 'unauthorized' }
  const tokenHash = hashToken(token)
  const found = await store.findCommunityToken(communityId, tokenHash)
  return found ? resultOf(found, tokenHash, 'community') : { ok: false, reason: 'unauthorized' }
}

/** The community's current token of every board role, derived from the coordinator's token. */
async function communityTokens(store: BoardStore, communityId: string, coordinatorToken: string): Promise<Record<Role, string>> {
  return currentTokens(coordinatorToken, await store.currentCommunityGenerations(communityId))
}

/** The community page link of every community role. */
export async function currentCommunityLinks(
  store: BoardStore,
  origin: string,
  communityId: string,
  coordinatorToken: string,
): Promise<CommunityLinks> {
  const tokens = await communityTokens(store, communityId, coordinatorToken)
  return {
    coordinator: communityLink(origin, communityId, tokens[BOARD_ROLE_OF.coordinator]),
    member: communityLink(origin, communityId, tokens[BOARD_ROLE_OF.member]),
    viewer: communityLink(origin, communityId, tokens[BOARD_ROLE_OF.viewer]),
  }
}

/** Links to one board of the community, carrying the community's tokens. */
export async function communityBoardLinks(
  store: BoardStore,
  origin: string,
  communityId: string,
  boardId: string,
  coordinatorToken: string,
): Promise<BoardLinks> {
  return boardLinks(origin, boardId, await communityTokens(store, communityId, coordinatorToken))
}

/** Replaces the community's link of board role `role` by a new one; returns the revoked token hashes. */
export async function rotateCommunityLink(store: BoardStore, communityId: string, coordinatorToken: string, role: Role): Promise<string[]> {
  const generations = await store.currentCommunityGenerations(communityId)
  const generation = (generations[role] ?? 1) + 1
  const token = deriveToken(coordinatorToken, role, generation)
  return store.rotateCommunityToken(communityId, { role, generation, hash: hashToken(token) })
}
