/**
 * A joined board: connects through the sync layer and shows the top bar, the canvas and the
 * coops directory, or a full-page message while connecting, after a failure, or once the
 * server closed it for good.
 */
import { useId, useMemo, useState } from 'react'
import type { Editor } from 'tldraw'
import type { Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import type { BoardInfo } from '../app/api'
import { inviteLink } from '../app/boardLink'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import type { Arrival } from '../features/corners/arrival'
import { CoopsButton } from '../features/corners/CoopsButton'
import { CoopsPanel } from '../features/corners/CoopsPanel'
import { useArrival } from '../features/corners/useArrival'
import { useCornerGuard } from '../features/corners/useCornerGuard'
import type { Peer } from '../sync/types'
import { useBoardSync } from '../sync/useBoardSync'
import { useRoster } from '../sync/useRoster'
import { AccessProblemPage } from './AccessProblemPage'
import { BoardCanvas } from './BoardCanvas'
import { BoardTopBar } from './BoardTopBar'
import { describePermanentClose, problemOfClose } from './closeReasons'
import { FollowingBanner } from './FollowingBanner'
import { RejectedNotice } from './RejectedNotice'
import { ShareDialog } from './ShareDialog'
import { PLENARY_SHAPE_UTILS } from './shapeUtils'
import { useFollowedPeer } from './useFollowing'

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

const NO_PEERS: Peer[] = []

/** The side panels next to the canvas. */
type BoardPanel = 'coops'

/** The live board. Default export for `React.lazy`. */
export default function BoardSession({ board, token, participant, arrival, onChangeName }: BoardSessionProps) {
  const sync = useBoardSync({ boardId: board.id, token, role: board.role, participant, shapeUtils: PLENARY_SHAPE_UTILS })
  const [editor, setEditor] = useState<Editor | null>(null)
  const [sharing, setSharing] = useState(false)
  // One side panel at a time: each is as tall as the canvas.
  const [panel, setPanel] = useState<BoardPanel | null>(null)
  const togglePanel = (name: BoardPanel) => setPanel((open) => (open === name ? null : name))
  const directoryId = useId()
  const peers = sync.status === 'ready' ? sync.peers : NO_PEERS
  const following = useFollowedPeer(editor, peers)
  const access = sync.status === 'ready' ? sync.roster : null
  const roster = useRoster(access)
  // Viewers are counted, not listed: they are nobody's delegate on the board.
  const people = useMemo(() => (board.role === Role.viewer ? peers : [participant, ...peers]), [board.role, participant, peers])
  useArrival(editor, access, arrival)
  useCornerGuard(editor, board.role === Role.participant)

  if (sync.status === 'loading') return <LoadingPage message="Connecting to the board…" />
  const permanentClose = sync.permanentClose
  if (permanentClose) {
    const problem = problemOfClose(permanentClose.code) ?? `close-${permanentClose.code}`
    return <AccessProblemPage problem={problem} text={describePermanentClose(permanentClose)} />
  }
  if (sync.status === 'error') {
    return (
      <StatusPage
        title="The board could not be opened"
        tone="problem"
        actions={
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            Try again
          </button>
        }
      >
        <p>{sync.error}</p>
      </StatusPage>
    )
  }

  const title = board.title || 'Untitled board'
  return (
    <div className="board">
      <BoardTopBar
        title={title}
        role={board.role}
        // Participants may pass on their own link; it opens nothing they cannot already do.
        ownLink={board.role === Role.participant ? inviteLink(window.location.origin, board.id, token) : null}
        onShare={board.role === Role.facilitator ? () => setSharing(true) : null}
        editor={editor}
        you={participant}
        peers={sync.peers}
        viewers={sync.viewers}
        following={following}
        connection={sync.connection}
        unsentChanges={sync.unsentChanges}
        onChangeName={onChangeName}
        panelButtons={
          <>
            <CoopsButton open={panel === 'coops'} panelId={directoryId} count={roster.length} onToggle={() => togglePanel('coops')} />
          </>
        }
      />
      <div className="board__canvas">
        <div className="board__stage">
          <div className="board__editor">
            <BoardCanvas store={sync.store} participant={participant} onEditor={setEditor} />
          </div>
          <div className="board__notices">
            {editor && following && <FollowingBanner editor={editor} peer={following} />}
            <RejectedNotice rejected={sync.rejectedRecords} />
          </div>
        </div>
        {panel === 'coops' && (
          <CoopsPanel
            id={directoryId}
            editor={editor}
            access={sync.roster}
            board={{ id: board.id, title }}
            token={token}
            people={people}
            canImport={board.role === Role.facilitator}
            onClose={() => setPanel(null)}
          />
        )}
      </div>
      {sharing && <ShareDialog boardId={board.id} boardTitle={title} token={token} onClose={() => setSharing(false)} />}
    </div>
  )
}
