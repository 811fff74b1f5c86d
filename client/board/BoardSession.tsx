/**
 * A joined board: connects through the sync layer and shows the top bar and the canvas, or
 * a full-page message while connecting, after a failure, or once the board is gone.
 */
import { useState } from 'react'
import type { Editor } from 'tldraw'
import type { Participant } from '../../shared/participant'
import type { BoardInfo } from '../app/api'
import { boardPath } from '../app/boardLink'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import { useBoardSync } from '../sync/useBoardSync'
import { BoardCanvas } from './BoardCanvas'
import { BoardTopBar } from './BoardTopBar'
import { describePermanentClose } from './closeReasons'
import { FollowingBanner } from './FollowingBanner'
import { RejectedNotice } from './RejectedNotice'
import { PLENARY_SHAPE_UTILS } from './shapeUtils'
import { useFollowedPeer } from './useFollowing'

/** Props of {@link BoardSession}. */
export interface BoardSessionProps {
  board: BoardInfo
  participant: Participant
  onChangeName: () => void
}

/** The live board. Default export for `React.lazy`. */
export default function BoardSession({ board, participant, onChangeName }: BoardSessionProps) {
  const sync = useBoardSync({ boardId: board.id, participant, shapeUtils: PLENARY_SHAPE_UTILS })
  const [editor, setEditor] = useState<Editor | null>(null)
  const peers = sync.status === 'ready' ? sync.peers : []
  const following = useFollowedPeer(editor, peers)

  if (sync.status === 'loading') return <LoadingPage message="Connecting to the board…" />
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
  if (sync.permanentClose) {
    return (
      <StatusPage title="This board is no longer available" tone="problem">
        <p>{describePermanentClose(sync.permanentClose)}</p>
      </StatusPage>
    )
  }

  const title = board.title || 'Untitled board'
  return (
    <div className="board">
      <BoardTopBar
        title={title}
        boardUrl={`${window.location.origin}${boardPath(board.id)}`}
        editor={editor}
        you={participant}
        peers={sync.peers}
        following={following}
        connection={sync.connection}
        unsentChanges={sync.unsentChanges}
        onChangeName={onChangeName}
      />
      <div className="board__canvas">
        <div className="board__editor">
          <BoardCanvas store={sync.store} participant={participant} onEditor={setEditor} />
        </div>
        <div className="board__notices">
          {editor && following && <FollowingBanner editor={editor} peer={following} />}
          <RejectedNotice rejected={sync.rejectedRecords} />
        </div>
      </div>
    </div>
  )
}
