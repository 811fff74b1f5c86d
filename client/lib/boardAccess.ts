/**
 * The invite token this browser holds for each board. A board link carries its token in the
 * fragment (`/b/<id>#token=…`); the board page takes it from there, keeps it in localStorage
 * and removes it from the address bar, so a shared screen or a screenshot never shows it.
 * Tokens live only here: the board history stores ids and titles.
 */
import { isBoardId, LINK_TOKEN_KEY, TOKEN_PATTERN } from '../../shared/protocol'
import { browserStorage, readJson, writeJson, type KeyValueStorage } from './storage'

const TOKENS_KEY = 'plenary.boardTokens.v1'

/** Tokens of boards not opened for longest are dropped beyond this many boards. */
export const MAX_STORED_TOKENS = 100

/** What the fragment of a board page says about its token. */
export type FragmentToken =
  | { kind: 'none' }
  | { kind: 'token'; token: string }
  /** A token key whose value is not a token: usually a link cut off while copying. */
  | { kind: 'malformed' }

/** How this page may open a board: with a token, or not at all and why. */
export type BoardAccess = { kind: 'token'; token: string } | { kind: 'missing'; reason: 'none' | 'malformed' }

interface StoredToken {
  token: string
  savedAt: number
}

/** True for a string shaped like an invite token (it may still open nothing). */
export function isToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value)
}

/** Reads the token out of a URL fragment such as `#token=abc`. */
export function tokenFromFragment(hash: string): FragmentToken {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash
  if (fragment.length === 0) return { kind: 'none' }
  const params = new URLSearchParams(fragment)
  if (!params.has(LINK_TOKEN_KEY)) return { kind: 'none' }
  const token = params.get(LINK_TOKEN_KEY)
  return isToken(token) ? { kind: 'token', token } : { kind: 'malformed' }
}

/** Every stored entry that is still well-formed; damaged entries are skipped, not fatal. */
function readAll(storage: KeyValueStorage): Map<string, StoredToken> {
  const stored = readJson(storage, TOKENS_KEY)
  const entries = new Map<string, StoredToken>()
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return entries
  for (const [boardId, value] of Object.entries(stored as Record<string, unknown>)) {
    if (!isBoardId(boardId) || typeof value !== 'object' || value === null) continue
    const { token, savedAt } = value as Record<string, unknown>
    if (isToken(token) && typeof savedAt === 'number' && Number.isFinite(savedAt)) {
      entries.set(boardId, { token, savedAt })
    }
  }
  return entries
}

/** The token stored for a board, or null. */
export function loadBoardToken(boardId: string, storage: KeyValueStorage = browserStorage()): string | null {
  return readAll(storage).get(boardId)?.token ?? null
}

/**
 * Keeps `token` for a board, replacing any older one: the link opened last is the one the
 * person means (a facilitator handing out a new link, say). Returns false when the browser
 * refused to store it; the token then still works for this page.
 */
export function saveBoardToken(
  boardId: string,
  token: string,
  storage: KeyValueStorage = browserStorage(),
  now: number = Date.now(),
): boolean {
  if (!isBoardId(boardId) || !isToken(token)) return false
  const entries = readAll(storage)
  entries.delete(boardId)
  entries.set(boardId, { token, savedAt: now })
  const newestFirst = [...entries].sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, MAX_STORED_TOKENS)
  return writeJson(storage, TOKENS_KEY, Object.fromEntries(newestFirst))
}

/** Forgets a board's token (the board itself is untouched). */
export function forgetBoardToken(boardId: string, storage: KeyValueStorage = browserStorage()): void {
  const entries = readAll(storage)
  if (!entries.delete(boardId)) return
  writeJson(storage, TOKENS_KEY, Object.fromEntries(entries))
}

/**
 * Forgets `token` for a board if it is the one stored: the server said it opens nothing there,
 * so keeping it would only turn the next visit's clear "you need an invite" into a refusal.
 * A newer token stored in the meantime (another tab) is kept.
 */
export function dropRefusedToken(boardId: string, token: string, storage: KeyValueStorage = browserStorage()): void {
  if (loadBoardToken(boardId, storage) === token) forgetBoardToken(boardId, storage)
}

/** The parts of `window.location` and `window.history` the board page touches. */
export interface AddressBar {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string }
  readonly history: { replaceState(data: unknown, unused: string, url?: string): void; readonly state: unknown }
}

/**
 * Decides how the board page opens `boardId`. A token in the fragment is stored (replacing
 * the old one) and the fragment is removed from the address bar without a new history entry;
 * without one, the stored token is used. A malformed token is removed as well and falls back
 * to the stored token, so a cut-off link still opens a board this browser already joined.
 * Safe to call twice: the second call finds the stored token.
 */
export function takeBoardAccess(boardId: string, bar: AddressBar = window, storage: KeyValueStorage = browserStorage()): BoardAccess {
  const fromLink = tokenFromFragment(bar.location.hash)
  if (fromLink.kind !== 'none') {
    bar.history.replaceState(bar.history.state, '', `${bar.location.pathname}${bar.location.search}`)
  }
  if (fromLink.kind === 'token') {
    saveBoardToken(boardId, fromLink.token, storage)
    return { kind: 'token', token: fromLink.token }
  }
  const stored = loadBoardToken(boardId, storage)
  if (stored) return { kind: 'token', token: stored }
  return { kind: 'missing', reason: fromLink.kind === 'malformed' ? 'malformed' : 'none' }
}
