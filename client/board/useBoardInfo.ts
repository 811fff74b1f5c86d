/** Loads a board's summary and the role its token opens, with a retry for transient failures. */
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { ErrorId, isBoardId } from '../../shared/protocol'
import { errorMessage } from '../../shared/values'
import { getBoard, type ApiError, type BoardInfo } from '../lib/api'
import { apiErrorText } from '../lib/apiErrorText'
import { dropRefusedToken } from '../lib/boardAccess'
import { useLoad } from '../lib/useLoad'
import type { AccessProblem } from './accessProblems'

/** Where loading the board's summary stands. */
export type BoardInfoState =
  | { state: 'loading' }
  | { state: 'ready'; board: BoardInfo }
  /** The board cannot be opened with this link; retrying will not help. */
  | { state: 'problem'; problem: AccessProblem }
  | { state: 'error'; message: string }

const LOADING: BoardInfoState = { state: 'loading' }
const NOT_FOUND: BoardInfoState = { state: 'problem', problem: 'notFound' }

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
  const { t } = useTranslation()
  const valid = isBoardId(boardId)
  const { answer, reload } = useLoad(`${boardId}\n${token}`, async (signal): Promise<BoardInfoState> => {
    if (!valid) return NOT_FOUND
    try {
      const result = await getBoard(boardId, token, { signal })
      if (result.ok) return { state: 'ready', board: result.value }
      // A replaced link stays stored, so coming back says "replaced" rather than "no invite".
      if (result.error.id === ErrorId.unauthorized) dropRefusedToken(boardId, token)
      return stateOfError(result.error, t)
    } catch (error) {
      return { state: 'error', message: errorMessage(error) }
    }
  })
  return { info: valid ? (answer ?? LOADING) : NOT_FOUND, retry: reload }
}
