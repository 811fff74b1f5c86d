/**
 * Understands what people paste into "Join a board": a full board link, a path, or a
 * bare board id.
 */
import { isBoardId, Paths } from '../../shared/protocol'

/** A board id, or a message saying what was wrong with the input. */
export type BoardLinkResult = { ok: true; id: string } | { ok: false; error: string }

/** The path of a board page. */
export function boardPath(id: string): string {
  return `${Paths.boardPage}${encodeURIComponent(id)}`
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
export function parseBoardLink(input: string, currentOrigin: string): BoardLinkResult {
  const text = input.trim()
  if (text.length === 0) return { ok: false, error: 'Paste a board link or id first.' }
  if (isBoardId(text)) return { ok: true, id: text }

  let url: URL
  try {
    url = new URL(text, currentOrigin)
  } catch {
    return { ok: false, error: 'That does not look like a board link.' }
  }
  const id = boardIdFromPath(url.pathname)
  if (id === null || !isBoardId(id)) {
    return {
      ok: false,
      error: 'That does not look like a board link. Board links look like …/b/ followed by 22 letters and digits.',
    }
  }
  if (url.origin !== currentOrigin) {
    return {
      ok: false,
      error: `That board is on another server (${url.host}). Open the link directly in your browser.`,
    }
  }
  return { ok: true, id }
}
