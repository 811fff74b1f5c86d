/**
 * The React face of the sync layer: opens a {@link BoardSession} for the board and re-renders
 * on its changes. All the logic lives in boardSession.ts and below.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { Participant } from '../../shared/participant'
import { errorMessage } from '../../shared/values'
import { createOpener, noSubscription } from '../lib/opener'
import { createBoardSession, type BoardSession } from './boardSession'
import { syncServerUrl, windowNetwork } from './connection'
import type { BoardSync, BoardSyncOptions } from './types'

const LOADING: BoardSync = { status: 'loading' }
const loading = (): BoardSync => LOADING

/** An open session, or why none could be made (a shape util whose schema tldraw refuses, say). */
type Opened = { session: BoardSession } | { failed: BoardSync }

/**
 * Opens the board `options.boardId` for as long as the component is mounted. A new board id,
 * token or role, or a new `shapeUtils` array, `assets` or `redactPresence` function opens a new
 * session (so pass module constants);
 * a change of participant (a rename) updates the running one.
 */
export function useBoardSync(options: BoardSyncOptions): BoardSync {
  const { boardId, token, role, participant, shapeUtils, assets, redactPresence } = options
  // Read when a session opens without making it depend on the participant: a rename must not
  // reconnect. The participant effect below keeps the session current.
  const participantRef = useRef<Participant>(participant)

  const opener = useMemo(
    () =>
      createOpener(
        (person: Participant): Opened => {
          try {
            const session = createBoardSession({
              boardId,
              token,
              role,
              participant: person,
              shapeUtils,
              assets,
              redactPresence,
              serverUrl: syncServerUrl(window.location),
              network: windowNetwork,
            })
            return { session }
          } catch (error) {
            return { failed: { status: 'error', error: errorMessage(error), permanentClose: null } }
          }
        },
        (opened) => {
          if ('session' in opened) opened.session.destroy()
        },
      ),
    [boardId, token, role, shapeUtils, assets, redactPresence],
  )
  useEffect(() => opener.open(participantRef.current), [opener])
  const opened = useSyncExternalStore(opener.subscribe, opener.get)
  const session = opened && 'session' in opened ? opened.session : null

  useEffect(() => {
    participantRef.current = participant
    session?.setParticipant(participant)
  }, [session, participant])

  const sync = useSyncExternalStore(session ? session.subscribe : noSubscription, session ? session.getSnapshot : loading)
  return opened && 'failed' in opened ? opened.failed : sync
}
