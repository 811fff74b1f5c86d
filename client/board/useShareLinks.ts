/** The share dialog's data: the board's current links, and replacing one of them. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../shared/protocol'
import { errorMessage } from '../../shared/values'
import { apiErrorText } from '../lib/apiErrorText'
import { getBoardLinks, replaceBoardLink, type BoardLinks } from '../lib/api'
import { useLoad } from '../lib/useLoad'

/** Where loading the links stands. */
export type ShareLinksState = { status: 'loading' } | { status: 'ready'; links: BoardLinks } | { status: 'error'; message: string }

const LOADING: ShareLinksState = { status: 'loading' }

/** The outcome of replacing a link: null on success, else a message for the person. */
export type ReplaceOutcome = string | null

/** What the share dialog needs. */
export interface ShareLinks {
  state: ShareLinksState
  /** Loads the links again after an error. */
  reload: () => void
  /** Replaces the participant or viewer link; the new links replace the shown ones. */
  replace: (role: Role) => Promise<ReplaceOutcome>
}

/**
 * Fetches the links with the facilitator's token when the dialog opens (they are derived on
 * the server, so they are current on any device), and replaces them on request.
 */
export function useShareLinks(boardId: string, token: string): ShareLinks {
  const { t } = useTranslation()
  const load = useLoad(`${boardId}\n${token}`, async (signal): Promise<ShareLinksState> => {
    try {
      const result = await getBoardLinks(boardId, token, { signal })
      return result.ok ? { status: 'ready', links: result.value } : { status: 'error', message: apiErrorText(result.error, t) }
    } catch (error) {
      return { status: 'error', message: errorMessage(error) }
    }
  })
  const { replace: show } = load
  const replace = useCallback(
    async (role: Role): Promise<ReplaceOutcome> => {
      const result = await replaceBoardLink(boardId, role, token)
      if (!result.ok) return apiErrorText(result.error, t)
      show({ status: 'ready', links: result.value })
      return null
    },
    [boardId, token, t, show],
  )
  return { state: load.answer ?? LOADING, reload: load.reload, replace }
}
