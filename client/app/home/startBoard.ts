/**
 * "Create board" from the home page: check the title, ask the server, keep the facilitator's
 * invite token and remember the board.
 */
import type { TFunction } from 'i18next'
import { LINK_TOKEN_KEY, MAX_TITLE_LENGTH } from '../../../shared/protocol'
import { createBoard } from '../../lib/api'
import { apiErrorText } from '../../lib/apiErrorText'
import { saveBoardToken, tokenFromFragment } from '../../lib/boardAccess'
import { rememberBoard } from '../boardHistory'
import { boardPath } from '../../lib/boardLink'

/** Where to open the new board, or a message to show next to the title field. */
export type StartBoardResult = { ok: true; path: string } | { ok: false; error: string }

/** Trims a typed title; returns an error message when it cannot be used. */
export function checkTitle(raw: string, t: TFunction): { ok: true; title: string } | { ok: false; error: string } {
  const title = raw.replace(/\s+/g, ' ').trim()
  if (title.length === 0) return { ok: false, error: t('home.create.titleMissing') }
  if (title.length > MAX_TITLE_LENGTH) {
    return { ok: false, error: t('home.create.titleTooLong', { max: MAX_TITLE_LENGTH }) }
  }
  return { ok: true, title }
}

/**
 * Creates a board; whoever creates it is its facilitator. The facilitator token is stored so
 * the board page opens with it (and never shows it in the address bar); the history list
 * gets only the id and title.
 */
export async function startBoard(rawTitle: string, t: TFunction): Promise<StartBoardResult> {
  const checked = checkTitle(rawTitle, t)
  if (!checked.ok) return checked
  const result = await createBoard(checked.title)
  if (!result.ok) return { ok: false, error: apiErrorText(result.error, t) }
  const facilitator = tokenFromFragment(new URL(result.value.links.facilitator).hash)
  // The schema already checked every link carries a token; this narrows the type.
  if (facilitator.kind !== 'token') return { ok: false, error: t('home.create.noFacilitatorKey') }
  const { id } = result.value
  rememberBoard({ id, title: checked.title, createdHere: true })
  // Storage full or refused: the token then travels in the fragment, which the board page
  // takes and removes from the address bar as for any link.
  const saved = saveBoardToken(id, facilitator.token)
  return { ok: true, path: saved ? boardPath(id) : `${boardPath(id)}#${LINK_TOKEN_KEY}=${facilitator.token}` }
}
