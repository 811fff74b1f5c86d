/**
 * The React face of the sync layer: opens a {@link BoardSession} for the board and re-renders
 * on its changes. All the logic lives in boardSession.ts and below.
 */
import { useEffect, useRef, useState } from 'react'
import type { Participant } from '../../shared/participant'
import { createBoardSession, type BoardSession } from './boardSession'
import { syncServerUrl, windowNetwork } from './connection'
import type { BoardSync, BoardSyncOptions } from './types'

const LOADING: BoardSync = { status: 'loading' }

/**
 * Opens the board `options.boardId` for as long as the component is mounted. A new board id,
 * token or role, or a new `shapeUtils` array, `assets` or `redactPresence` function opens a new
 * session (so pass module constants);
 * a change of participant (a rename) updates the running one.
 */
export function useBoardSync(options: BoardSyncOptions): BoardSync {
  const { boardId, token, role, participant, shapeUtils, assets, redactPresence } = options
  const [sync, setSync] = useState<BoardSync>(LOADING)
  const sessionRef = useRef<BoardSession | null>(null)
  // Read by the session effect without making it depend on the participant: a rename must
  // not reconnect. The participant effect below keeps the session current.
  const participantRef = useRef<Participant>(participant)

  useEffect(() => {
    let session: BoardSession
    try {
      session = createBoardSession({
        boardId,
        token,
        role,
        participant: participantRef.current,
        shapeUtils,
        assets,
        redactPresence,
        serverUrl: syncServerUrl(window.location),
        network: windowNetwork,
      })
    } catch (error) {
      // E.g. a shape util whose schema tldraw refuses: nothing to connect, so say why.
      setSync({ status: 'error', error: error instanceof Error ? error.message : String(error), permanentClose: null })
      return
    }
    sessionRef.current = session
    setSync(session.getSnapshot())
    const unsubscribe = session.subscribe(() => setSync(session.getSnapshot()))
    return () => {
      unsubscribe()
      sessionRef.current = null
      session.destroy()
      setSync(LOADING)
    }
  }, [boardId, token, role, shapeUtils, assets, redactPresence])

  useEffect(() => {
    participantRef.current = participant
    sessionRef.current?.setParticipant(participant)
  }, [participant])

  return sync
}
