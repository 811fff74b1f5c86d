/**
 * Board addresses: building them, and understanding what people paste into "Join a board"
 * (a full invite link, a path, or a bare board id).
 */
import type { TFunction } from 'i18next'
import { isBoardId, LINK_TOKEN_KEY, Paths } from '../../shared/protocol'
import { tokenFromFragment } from './boardAccess'

/**
 * A board id and the invite token the pasted link carried (null for a bare id or a link
 * without one), or a message saying what was wrong with the input.
 */
export type BoardLinkResult = { ok: true; id: string; token: string | null } | { ok: false; error: string }

/** The path of a board page. */
export function boardPath(id: string): string {
  return `${Paths.boardPage}${encodeURIComponent(id)}`
}

/** A full invite link: the board page with the token in the fragment, as the server builds them. */
export function inviteLink(origin: string, id: string, token: string): string {
  return `${origin}${boardPath(id)}#${LINK_TOKEN_KEY}=${token}`
}

/** The id in a `/b/:id` path, or null when the path is not a board page. */
export function boardIdFromPath(pathname: string): string | null {
  const prefix = Paths.boardPage
  if (!pathname.startsWith(prefix)) return null
  const rest = pathname.slice(prefix.length).replace(/\/+$/, '')
  if (rest.length === 0 || rest.includes('/')) return null
  try {
    return decodeURIComponent(rest)
  } catch {
    return null
  }
}

/**
 * Reads a board id out of pasted text. Links to another server are refused rather than
 * silently opened here, where that board would not exist.
 */
export function parseBoardLink(input: string, currentOrigin: string, t: TFunction): BoardLinkResult {
  const text = input.trim()
  if (text.length === 0) return { ok: false, error: t('home.join.empty') }
  if (isBoardId(text)) return { ok: true, id: text, token: null }

  let url: URL
  try {
    url = new URL(text, currentOrigin)
  } catch {
    return { ok: false, error: t('home.join.notALink') }
  }
  const id = boardIdFromPath(url.pathname)
  if (id === null || !isBoardId(id)) {
    return {
      ok: false,
      error: t('home.join.notABoardLink'),
    }
  }
  if (url.origin !== currentOrigin) {
    return {
      ok: false,
      error: t('home.join.otherServer', { host: url.host }),
    }
  }
  const fragment = tokenFromFragment(url.hash)
  if (fragment.kind === 'malformed') {
    return { ok: false, error: t('home.join.cutOff') }
  }
  return { ok: true, id, token: fragment.kind === 'token' ? fragment.token : null }
}
