/** Loads a board's summary and the role its token opens, with a retry for transient failures. */
import type { TFunction } from 'i18next'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorId, isBoardId } from '../../shared/protocol'
import { getBoard, type ApiError, type BoardInfo } from '../lib/api'
import { apiErrorText } from '../lib/apiErrorText'
import { dropRefusedToken } from '../lib/boardAccess'
import type { AccessProblem } from './accessProblems'

/** Where loading the board's summary stands. */
export type BoardInfoState =
  | { state: 'loading' }
  | { state: 'ready'; board: BoardInfo }
  /** The board cannot be opened with this link; retrying will not help. */
  | { state: 'problem'; problem: AccessProblem }
  | { state: 'error'; message: string }

/** The state for an API error: a lasting access problem, or an error worth retrying. */
function stateOfError(error: ApiError, t: TFunction): BoardInfoState {
  switch (error.id) {
    case ErrorId.notFound:
      return { state: 'problem', problem: 'notFound' }
    case ErrorId.unauthorized:
    case ErrorId.forbidden:
      return { state: 'problem', problem: 'unauthorized' }
    case ErrorId.linkRevoked:
      return { state: 'problem', problem: 'revoked' }
    default:
      return { state: 'error', message: apiErrorText(error, t) }
  }
}

/** The board's summary, read with `token`, and a function to try again after an error. */
export function useBoardInfo(boardId: string, token: string): { info: BoardInfoState; retry: () => void } {
  const [info, setInfo] = useState<BoardInfoState>(() =>
    isBoardId(boardId) ? { state: 'loading' } : { state: 'problem', problem: 'notFound' },
  )
  const [attempt, setAttempt] = useState(0)
  const { t } = useTranslation()
  // The latest `t`, read when an answer arrives: switching language must not fetch again.
  const tRef = useRef(t)
  useEffect(() => {
    tRef.current = t
  }, [t])

  useEffect(() => {
    if (!isBoardId(boardId)) {
      setInfo({ state: 'problem', problem: 'notFound' })
      return
    }
    const controller = new AbortController()
    setInfo({ state: 'loading' })
    getBoard(boardId, token, { signal: controller.signal })
      .then((result) => {
        if (result.ok) return setInfo({ state: 'ready', board: result.value })
        // A replaced link stays stored, so coming back says "replaced" rather than "no invite".
        if (result.error.id === ErrorId.unauthorized) dropRefusedToken(boardId, token)
        setInfo(stateOfError(result.error, tRef.current))
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setInfo({ state: 'error', message: error instanceof Error ? error.message : String(error) })
      })
    return () => controller.abort()
  }, [boardId, token, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { info, retry }
}
