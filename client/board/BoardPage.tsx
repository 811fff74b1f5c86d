/**
 * The board route. Loads the board's summary, asks for a name on the first visit, then
 * hands over to the editor session, which is a separate chunk fetched in the meantime.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { rememberBoard } from '../app/boardHistory'
import { loadIdentity, participantId, saveIdentity, toParticipant, type Identity } from '../app/identity'
import { JoinDialog } from '../app/JoinDialog'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import { BoardBackdrop } from './BoardBackdrop'
import { useBoardInfo } from './useBoardInfo'
import './board.css'

const loadBoardSession = () => import('./BoardSession')
const BoardSession = lazy(loadBoardSession)

/** Props of {@link BoardPage}. */
export interface BoardPageProps {
  boardId: string
}

/** A board at `/b/:id`. Default export for `React.lazy`. */
export default function BoardPage({ boardId }: BoardPageProps) {
  const { info, retry } = useBoardInfo(boardId)
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity())
  const [editingName, setEditingName] = useState(false)
  const id = useMemo(() => participantId(), [])
  const participant = useMemo(
    () => (identity ? toParticipant(id, identity) : null),
    [id, identity],
  )

  useEffect(() => {
    // Fetch the editor while the board's summary loads and the person types their name.
    void loadBoardSession()
  }, [])

  const board = info.state === 'ready' ? info.board : null
  useEffect(() => {
    if (!board) return
    rememberBoard({ id: board.id, title: board.title })
    document.title = `${board.title || 'Untitled board'} · Plenary`
    return () => {
      document.title = 'Plenary'
    }
  }, [board])

  function onIdentity(next: Identity) {
    setIdentity(saveIdentity(next))
    setEditingName(false)
  }

  switch (info.state) {
    case 'loading':
      return <LoadingPage message="Opening the board…" />
    case 'notFound':
      return (
        <StatusPage title="This board does not exist">
          <p>
            Check that the link is complete — board links end in 22 letters and digits. If the
            board was deleted, ask your facilitator for a new link.
          </p>
        </StatusPage>
      )
    case 'error':
      return (
        <StatusPage
          title="The board could not be opened"
          tone="problem"
          actions={<button type="button" className="button button--primary" onClick={retry}>Try again</button>}
        >
          <p>{info.message}</p>
        </StatusPage>
      )
    case 'ready':
      break
  }

  const title = info.board.title || 'Untitled board'
  if (!participant) {
    return (
      <>
        <BoardBackdrop title={title} />
        <JoinDialog mode="join" boardTitle={title} initial={identity} onSubmit={onIdentity} />
      </>
    )
  }
  return (
    <>
      <Suspense fallback={<LoadingPage message="Connecting to the board…" />}>
        <BoardSession board={info.board} participant={participant} onChangeName={() => setEditingName(true)} />
      </Suspense>
      {editingName && (
        <JoinDialog
          mode="edit"
          boardTitle={title}
          initial={identity}
          onSubmit={onIdentity}
          onCancel={() => setEditingName(false)}
        />
      )}
    </>
  )
}
