/** The share dialog's data: the board's current links, and replacing one of them. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../shared/protocol'
import { apiErrorText } from '../lib/apiErrorText'
import { getBoardLinks, replaceBoardLink, type BoardLinks } from '../lib/api'

/** Where loading the links stands. */
export type ShareLinksState = { status: 'loading' } | { status: 'ready'; links: BoardLinks } | { status: 'error'; message: string }

/** The outcome of replacing a link: null on success, else a message for the person. */
export type ReplaceOutcome = string | null

/** What the share dialog needs. */
export interface ShareLinks {
  state: ShareLinksState
  /** Loads the links again after an error. */
  reload(): void
  /** Replaces the participant or viewer link; the new links replace the shown ones. */
  replace(role: Role): Promise<ReplaceOutcome>
}

/**
 * Fetches the links with the facilitator's token when the dialog opens (they are derived on
 * the server, so they are current on any device), and replaces them on request.
 */
export function useShareLinks(boardId: string, token: string): ShareLinks {
  const [state, setState] = useState<ShareLinksState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const { t } = useTranslation()
  // The latest `t`, read when an answer arrives: switching language must not fetch again.
  const tRef = useRef(t)
  useEffect(() => {
    tRef.current = t
  }, [t])

  useEffect(() => {
    const controller = new AbortController()
    setState({ status: 'loading' })
    getBoardLinks(boardId, token, { signal: controller.signal })
      .then((result) =>
        setState(
          result.ok ? { status: 'ready', links: result.value } : { status: 'error', message: apiErrorText(result.error, tRef.current) },
        ),
      )
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      })
    return () => controller.abort()
  }, [boardId, token, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const replace = useCallback(
    async (role: Role): Promise<ReplaceOutcome> => {
      const result = await replaceBoardLink(boardId, role, token)
      if (!result.ok) return apiErrorText(result.error, tRef.current)
      setState({ status: 'ready', links: result.value })
      return null
    },
    [boardId, token],
  )
  return { state, reload, replace }
}
