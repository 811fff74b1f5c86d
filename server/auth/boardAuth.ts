/**
 * Who may do what on a board: creates a board's link tokens, resolves a presented token to a
 * role, builds the links a facilitator may share, and rotates a link. A board of a community
 * also opens with the community's tokens (./communityAuth.ts), here in one place so REST and
 * the WebSocket agree.
 */
import { LINK_TOKEN_KEY, Paths, ROLES, Role } from '../../shared/protocol'
import type { BoardStore, NewToken, StoredToken } from '../persistence/types'
import { deriveToken, hashToken, isTokenShaped, newToken } from './tokens'

/**
 * The outcome of presenting a token for a board. `via` says whose token it was: the board's
 * own, or the community's the board belongs to.
 */
export type AuthResult =
  { ok: true; role: Role; tokenHash: string; via: 'board' | 'community' } | { ok: false; reason: 'unauthorized' | 'revoked' }

/** One link per role. */
export type BoardLinks = Record<Role, string>

/** The board page link carrying `token` in its fragment. */
export function boardLink(origin: string, boardId: string, token: string): string {
  return `${origin}${Paths.boardPage}${boardId}#${LINK_TOKEN_KEY}=${token}`
}

/** The tokens of a new board: a random facilitator token and the derived others at generation 1. */
export function newBoardTokens(): { facilitatorToken: string; tokens: NewToken[] } {
  const facilitatorToken = newToken()
  const tokens = ROLES.map((role) => {
    const token = role === Role.facilitator ? facilitatorToken : deriveToken(facilitatorToken, role, 1)
    return { role, generation: 1, hash: hashToken(token) }
  })
  return { facilitatorToken, tokens }
}

/**
 * Resolves `token` to its role on `boardId`: the board's own tokens first, then, when the board
 * belongs to a community, the community's (a revoked one of either answers `revoked`).
 */
export async function authenticate(store: BoardStore, boardId: string, token: unknown): Promise<AuthResult> {
  if (!isTokenShaped(token)) return { ok: false, reason: 'unauthorized' }
  const tokenHash = hashToken(token)
  const own = await store.findToken(boardId, tokenHash)
  if (own) return resultOf(own, tokenHash, 'board')
  const membership = await store.communityOfBoard(boardId)
  const shared = membership ? await store.findCommunityToken(membership.communityId, tokenHash) : null
  return shared ? resultOf(shared, tokenHash, 'community') : { ok: false, reason: 'unauthorized' }
}

/** The outcome of presenting a token whose stored row is `found`. */
export function resultOf(found: StoredToken, tokenHash: string, via: 'board' | 'community'): AuthResult {
  return found.revoked ? { ok: false, reason: 'revoked' } : { ok: true, role: found.role, tokenHash, via }
}

/** The token of every role at its current generation, derived from the facilitator's token. */
export function currentTokens(facilitatorToken: string, generations: Partial<Record<Role, number>>): Record<Role, string> {
  const tokenOf = (role: Role): string =>
    role === Role.facilitator ? facilitatorToken : deriveToken(facilitatorToken, role, generations[role] ?? 1)
  return { facilitator: tokenOf(Role.facilitator), participant: tokenOf(Role.participant), viewer: tokenOf(Role.viewer) }
}

/** The board link of every role carrying `tokens`. */
export function boardLinks(origin: string, boardId: string, tokens: Record<Role, string>): BoardLinks {
  return {
    facilitator: boardLink(origin, boardId, tokens.facilitator),
    participant: boardLink(origin, boardId, tokens.participant),
    viewer: boardLink(origin, boardId, tokens.viewer),
  }
}

/** The current link of every role, derived from the facilitator's token. */
export async function currentLinks(store: BoardStore, origin: string, boardId: string, facilitatorToken: string): Promise<BoardLinks> {
  return boardLinks(origin, boardId, currentTokens(facilitatorToken, await store.currentGenerations(boardId)))
}

/** Replaces `role`'s link by a new one; returns the revoked token hashes. */
export async function rotateLink(store: BoardStore, boardId: string, facilitatorToken: string, role: Role): Promise<string[]> {
  const generations = await store.currentGenerations(boardId)
  const generation = (generations[role] ?? 1) + 1
  const token = deriveToken(facilitatorToken, role, generation)
  return store.rotateToken(boardId, { role, generation, hash: hashToken(token) })
}
