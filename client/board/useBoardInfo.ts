/** Loads a board's summary for the board page, with a retry for transient failures. */
import { useCallback, useEffect, useState } from 'react'
import { isBoardId } from '../../shared/protocol'
import { getBoard, type BoardInfo } from '../app/api'

/** Where loading the board's summary stands. */
export type BoardInfoState =
  | { state: 'loading' }
  | { state: 'ready'; board: BoardInfo }
  | { state: 'notFound' }
  | { state: 'error'; message: string }

/** The board's summary and a function to try again after an error. */
export function useBoardInfo(boardId: string): { info: BoardInfoState; retry: () => void } {
  const [info, setInfo] = useState<BoardInfoState>(() =>
    isBoardId(boardId) ? { state: 'loading' } : { state: 'notFound' },
  )
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!isBoardId(boardId)) {
      setInfo({ state: 'notFound' })
      return
    }
    const controller = new AbortController()
    setInfo({ state: 'loading' })
    getBoard(boardId, { signal: controller.signal })
      .then((result) => {
        if (result.ok) setInfo({ state: 'ready', board: result.value })
        else if (result.error.id === 'not_found') setInfo({ state: 'notFound' })
        else setInfo({ state: 'error', message: result.error.message })
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setInfo({ state: 'error', message: error instanceof Error ? error.message : String(error) })
      })
    return () => controller.abort()
  }, [boardId, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { info, retry }
}
