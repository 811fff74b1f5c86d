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
function readAll(storage: KeyValueStorage, key: string): Map<string, StoredToken> {
  const stored = readJson(storage, key)
  const entries = new Map<string, StoredToken>()
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return entries
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    if (!isBoardId(id) || typeof value !== 'object' || value === null) continue
    const { token, savedAt } = value as Record<string, unknown>
    if (isToken(token) && typeof savedAt === 'number' && Number.isFinite(savedAt)) {
      entries.set(id, { token, savedAt })
    }
  }
  return entries
}

/**
 * The tokens this browser keeps for one kind of page (boards, communities), by id, under one
 * localStorage key. Ids have the shape of board ids.
 */
export interface TokenShelf {
  /** The token stored for `id`, or null. */
  load: (id: string, storage?: KeyValueStorage) => string | null
  /** Keeps `token` for `id`, replacing any older one; false when the browser refused to store it. */
  save: (id: string, token: string, storage?: KeyValueStorage, now?: number) => boolean
  /** Forgets the token of `id`. */
  forget: (id: string, storage?: KeyValueStorage) => void
  /** Forgets `token` for `id` if it is the one stored (see {@link dropRefusedToken}). */
  dropRefused: (id: string, token: string, storage?: KeyValueStorage) => void
  /** Takes the page's token from the fragment or the shelf (see {@link takeBoardAccess}). */
  take: (id: string, bar?: AddressBar, storage?: KeyValueStorage) => BoardAccess
  /**
   * Like `take`, but a link's token is only held for this page (in memory) until {@link TokenShelf.accept}:
   * the token stored before stays until the server has opened the page with the new one.
   */
  takePending: (id: string, bar?: AddressBar, storage?: KeyValueStorage) => PendingAccess
  /** Keeps `token` for `id` now that the server accepted it, ending its wait. */
  accept: (id: string, token: string, storage?: KeyValueStorage) => void
}

/** What {@link TokenShelf.takePending} finds: the token to try, and the stored one to fall back on. */
export interface PendingAccess {
  access: BoardAccess
  /** The token stored before the link's, when it differs: tried if the server refuses the link's. */
  previous: string | null
}

/** A {@link TokenShelf} kept under `key`. */
export function tokenShelf(key: string): TokenShelf {
  const load = (id: string, storage: KeyValueStorage = browserStorage()): string | null => readAll(storage, key).get(id)?.token ?? null
  const save = (id: string, token: string, storage: KeyValueStorage = browserStorage(), now: number = Date.now()): boolean => {
    if (!isBoardId(id) || !isToken(token)) return false
    const entries = readAll(storage, key)
    entries.delete(id)
    entries.set(id, { token, savedAt: now })
    const newestFirst = [...entries].sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, MAX_STORED_TOKENS)
    return writeJson(storage, key, Object.fromEntries(newestFirst))
  }
  const forget = (id: string, storage: KeyValueStorage = browserStorage()): void => {
    const entries = readAll(storage, key)
    if (!entries.delete(id)) return
    writeJson(storage, key, Object.fromEntries(entries))
  }
  // Links' tokens waiting for the server's word, by id; in memory, so a second read of the page (the fragment already gone) finds them.
  const pending = new Map<string, string>()
  return {
    load,
    save,
    forget,
    dropRefused(id, token, storage = browserStorage()) {
      if (pending.get(id) === token) pending.delete(id)
      if (load(id, storage) === token) forget(id, storage)
    },
    takePending(id, bar = window, storage = browserStorage()) {
      const fromLink = tokenFromFragment(bar.location.hash)
      if (fromLink.kind !== 'none') {
        bar.history.replaceState(bar.history.state, '', `${bar.location.pathname}${bar.location.search}`)
      }
      if (fromLink.kind === 'token') pending.set(id, fromLink.token)
      const stored = load(id, storage)
      const waiting = pending.get(id) ?? null
      if (waiting !== null) return { access: { kind: 'token', token: waiting }, previous: stored === waiting ? null : stored }
      if (stored) return { access: { kind: 'token', token: stored }, previous: null }
      return { access: { kind: 'missing', reason: fromLink.kind === 'malformed' ? 'malformed' : 'none' }, previous: null }
    },
    accept(id, token, storage = browserStorage()) {
      if (pending.get(id) === token) pending.delete(id)
      save(id, token, storage)
    },
    take(id, bar = window, storage = browserStorage()) {
      const fromLink = tokenFromFragment(bar.location.hash)
      if (fromLink.kind !== 'none') {
        bar.history.replaceState(bar.history.state, '', `${bar.location.pathname}${bar.location.search}`)
      }
      if (fromLink.kind === 'token') {
        save(id, fromLink.token, storage)
        return { kind: 'token', token: fromLink.token }
      }
      const stored = load(id, storage)
      if (stored) return { kind: 'token', token: stored }
      return { kind: 'missing', reason: fromLink.kind === 'malformed' ? 'malformed' : 'none' }
    },
  }
}

const boardTokens = tokenShelf(TOKENS_KEY)

/** The token stored for a board, or null. */
export function loadBoardToken(boardId: string, storage: KeyValueStorage = browserStorage()): string | null {
  return boardTokens.load(boardId, storage)
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
  return boardTokens.save(boardId, token, storage, now)
}

/** Forgets a board's token (the board itself is untouched). */
export function forgetBoardToken(boardId: string, storage: KeyValueStorage = browserStorage()): void {
  boardTokens.forget(boardId, storage)
}

/**
 * Forgets `token` for a board if it is the one stored: the server said it opens nothing there,
 * so keeping it would only turn the next visit's clear "you need an invite" into a refusal.
 * A newer token stored in the meantime (another tab) is kept.
 */
export function dropRefusedToken(boardId: string, token: string, storage: KeyValueStorage = browserStorage()): void {
  boardTokens.dropRefused(boardId, token, storage)
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
  return boardTokens.take(boardId, bar, storage)
}
