/**
 * Who may do what on a board: creates a board's link tokens, resolves a presented token to a
 * role, builds the links a facilitator may share, and rotates a link.
 */
import { LINK_TOKEN_KEY, Paths, ROLES, Role } from '../../shared/protocol'
import type { BoardStore, NewToken } from '../persistence/types'
import { deriveToken, hashToken, isTokenShaped, newToken } from './tokens'

/** The outcome of presenting a token for a board. */
export type AuthResult = { ok: true; role: Role; tokenHash: string } | { ok: false; reason: 'unauthorized' | 'revoked' }

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

/** Resolves `token` to its role on `boardId`. */
export async function authenticate(store: BoardStore, boardId: string, token: unknown): Promise<AuthResult> {
  if (!isTokenShaped(token)) return { ok: false, reason: 'unauthorized' }
  const tokenHash = hashToken(token)
  const found = await store.findToken(boardId, tokenHash)
  if (!found) return { ok: false, reason: 'unauthorized' }
  if (found.revoked) return { ok: false, reason: 'revoked' }
  return { ok: true, role: found.role, tokenHash }
}

/** The current link of every role, derived from the facilitator's token. */
export async function currentLinks(store: BoardStore, origin: string, boardId: string, facilitatorToken: string): Promise<BoardLinks> {
  const generations = await store.currentGenerations(boardId)
  const linkOf = (role: Role): string =>
    boardLink(origin, boardId, role === Role.facilitator ? facilitatorToken : deriveToken(facilitatorToken, role, generations[role] ?? 1))
  return { facilitator: linkOf(Role.facilitator), participant: linkOf(Role.participant), viewer: linkOf(Role.viewer) }
}

/** Replaces `role`'s link by a new one; returns the revoked token hashes. */
export async function rotateLink(store: BoardStore, boardId: string, facilitatorToken: string, role: Role): Promise<string[]> {
  const generations = await store.currentGenerations(boardId)
  const generation = (generations[role] ?? 1) + 1
  const token = deriveToken(facilitatorToken, role, generation)
  return store.rotateToken(boardId, { role, generation, hash: hashToken(token) })
}
