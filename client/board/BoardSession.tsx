/**
 * A joined board: connects through the sync layer, then shows the board with its features
 * (ReadyBoard), or a full-page message while connecting, after a failure, or once the server
 * closed it for good.
 */
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../shared/participant'
import type { BoardInfo } from '../lib/api'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import type { Arrival } from '../features/boardFeature'
import { useBoardSync } from '../sync/useBoardSync'
import { useServerClock } from '../sync/useServerClock'
import { AccessProblemPage } from './AccessProblemPage'
import { describePermanentClose, problemOfClose } from './closeReasons'
import { ReadyBoard } from './ReadyBoard'
import { BOARD_ASSET_STORE, REDACT_PRESENCE } from './registryParts'
import { PLENARY_SHAPE_UTILS } from './shapeUtils'

/** Props of {@link BoardSession}. */
export interface BoardSessionProps {
  board: BoardInfo
  /** The invite token the board was opened with. */
  token: string
  participant: Participant
  /** Where to take the person once the board is there (their coop's corner), or null. */
  arrival: Arrival | null
  /** Opens the name dialog; null where a name is not shown to anyone (viewers). */
  onChangeName: (() => void) | null
}

/** The live board. Default export for `React.lazy`. */
export default function BoardSession({ board, token, participant, arrival, onChangeName }: BoardSessionProps) {
  const { t } = useTranslation()
  const sync = useBoardSync({
    boardId: board.id,
    token,
    role: board.role,
    participant,
    shapeUtils: PLENARY_SHAPE_UTILS,
    assets: BOARD_ASSET_STORE,
    redactPresence: REDACT_PRESENCE,
  })
  // Measured from the start, while the board connects, so the features have it sooner.
  const clock = useServerClock()

  if (sync.status === 'loading') return <LoadingPage message={t('status.connecting')} />
  const permanentClose = sync.permanentClose
  if (permanentClose) {
    const problem = problemOfClose(permanentClose.code) ?? `close-${permanentClose.code}`
    return <AccessProblemPage problem={problem} text={describePermanentClose(permanentClose, t)} />
  }
  if (sync.status === 'error') {
    return (
      <StatusPage
        title={t('status.couldNotOpen')}
        tone="problem"
        actions={
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('common.tryAgain')}
          </button>
        }
      >
        <p>{sync.error}</p>
      </StatusPage>
    )
  }
  return (
    <ReadyBoard
      sync={sync}
      board={board}
      token={token}
      participant={participant}
      arrival={arrival}
      onChangeName={onChangeName}
      clock={clock}
    />
  )
}
