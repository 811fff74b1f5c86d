/** "Open board" on the home page: read the pasted link and keep its invite token. */
import type { TFunction } from 'i18next'
import { LINK_TOKEN_KEY } from '../../../shared/protocol'
import { loadBoardToken, saveBoardToken } from '../../lib/boardAccess'
import { boardPath, parseBoardLink } from '../../lib/boardLink'
import { browserStorage, type KeyValueStorage } from '../../lib/storage'

/** Where to go, or a message to show under the field. */
export type OpenPastedLinkResult = { ok: true; path: string } | { ok: false; error: string }

/**
 * Turns pasted text into the board path to open. A link's token is stored (replacing an older
 * one for that board); a bare id or a link without a token only works for a board this browser
 * already holds a token for, so anything else is explained here rather than on a dead end page.
 */
export function openPastedLink(
  text: string,
  origin: string,
  t: TFunction,
  storage: KeyValueStorage = browserStorage(),
): OpenPastedLinkResult {
  const parsed = parseBoardLink(text, origin, t)
  if (!parsed.ok) return parsed
  const path = boardPath(parsed.id)
  if (parsed.token) {
    // Storage full or refused: the token travels in the fragment, and the board page takes it.
    const saved = saveBoardToken(parsed.id, parsed.token, storage)
    return { ok: true, path: saved ? path : `${path}#${LINK_TOKEN_KEY}=${parsed.token}` }
  }
  if (loadBoardToken(parsed.id, storage)) return { ok: true, path }
  return {
    ok: false,
    error: t('home.join.noInvite'),
  }
}
