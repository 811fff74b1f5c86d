/**
 * Community addresses: the community page `/c/<id>` (a token in its fragment) and its public
 * directory `/c/<id>/public` (no token).
 */
import { CommunityPaths, isCommunityId } from '../../shared/community/paths'
import { LINK_TOKEN_KEY } from '../../shared/protocol'
import { tokenShelf } from '../lib/boardAccess'

/** Which community page a path names. */
export type CommunityPage = { kind: 'page'; id: string } | { kind: 'public'; id: string }

/** The path of a community's page. */
export function communityPath(id: string): string {
  return `${CommunityPaths.page}${encodeURIComponent(id)}`
}

/** The path of a community's public directory. */
export function publicDirectoryPath(id: string): string {
  return `${communityPath(id)}${CommunityPaths.publicPage}`
}

/** A page path carrying `token` in its fragment, as invite links do. */
export function withToken(path: string, token: string): string {
  return `${path}#${LINK_TOKEN_KEY}=${token}`
}

/** The community page a pathname names, or null when it names none. */
export function communityFromPath(pathname: string): CommunityPage | null {
  if (!pathname.startsWith(CommunityPaths.page)) return null
  const parts = pathname.slice(CommunityPaths.page.length).replace(/\/+$/, '').split('/')
  const [rawId, rest, ...more] = parts
  if (rawId === undefined || more.length > 0) return null
  let id: string
  try {
    id = decodeURIComponent(rawId)
  } catch {
    return null
  }
  if (!isCommunityId(id)) return null
  if (rest === undefined) return { kind: 'page', id }
  if (`/${rest}` === CommunityPaths.publicPage) return { kind: 'public', id }
  return null
}

/** The community tokens this browser keeps, one per community, like boards' (client/lib/boardAccess.ts). */
export const communityTokens = tokenShelf('plenary.communityTokens.v1')
