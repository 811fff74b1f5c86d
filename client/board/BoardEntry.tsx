/**
 * A board opened with a token: loads the board's summary and the role the token opens, asks
 * participants and facilitators for a name and coop on their first visit (picking from the
 * board's roster, read over the REST API meanwhile), then hands over to the editor session,
 * which is a separate chunk fetched in the meantime, with where to arrive: their coop's corner.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Role } from '../../shared/protocol'
import { rememberBoard } from '../app/boardHistory'
import { loadIdentity, participantId, saveIdentity, toParticipant, type Identity } from '../app/identity'
import { JoinDialog, type JoinChoices } from '../app/JoinDialog'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import type { Arrival } from '../features/boardFeature'
import { useJoinRoster } from '../features/corners/useJoinRoster'
import { AccessProblemPage } from './AccessProblemPage'
import { describeAccessProblem } from './accessProblems'
import { BoardBackdrop } from './BoardBackdrop'
import { useBoardInfo } from './useBoardInfo'

const loadBoardSession = () => import('./BoardSession')
const BoardSession = lazy(loadBoardSession)

/**
 * Who a viewer is to the editor when they never joined. Nobody sees it: viewers' presence is
 * not relayed, only counted, so asking them for a name would suggest otherwise.
 */
const VIEWER_IDENTITY: Identity = { name: 'Viewer', coop: '' }

/** A returning delegate starts at their coop's corner, as on the day they joined. */
function arrivalOf(identity: Identity | null): Arrival | null {
  return identity?.coop ? { coop: identity.coop, createCorner: false } : null
}

/** Props of {@link BoardEntry}. */
export interface BoardEntryProps {
  boardId: string
  token: string
}

/** The board behind one invite token. */
export function BoardEntry({ boardId, token }: BoardEntryProps) {
  const { t } = useTranslation()
  const { info, retry } = useBoardInfo(boardId, token)
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity())
  const [arrival, setArrival] = useState<Arrival | null>(() => arrivalOf(identity))
  const [editingName, setEditingName] = useState(false)
  const id = useMemo(() => participantId(), [])
  const board = info.state === 'ready' ? info.board : null
  const viewOnly = board?.role === Role.viewer
  const participant = useMemo(() => {
    if (identity) return toParticipant(id, identity)
    return viewOnly ? toParticipant(id, VIEWER_IDENTITY) : null
  }, [id, identity, viewOnly])

  // Read only while the dialog is up: a fresh copy each time it opens, nothing for viewers.
  const joinRoster = useJoinRoster(boardId, token, board !== null && !viewOnly && (!identity || editingName))
  const roster = joinRoster?.coops ?? null
  // Facilitators may always add a coop; participants unless a facilitator turned that off.
  const mayAddCoop = board?.role === Role.facilitator || joinRoster?.participantsAddCoops !== false

  useEffect(() => {
    // Fetch the editor while the board's summary loads and the person types their name.
    void loadBoardSession()
  }, [])

  useEffect(() => {
    if (!board) return
    rememberBoard({ id: board.id, title: board.title })
    document.title = t('common.boardDocumentTitle', { title: board.title || t('common.untitledBoard') })
    return () => {
      document.title = 'Plenary'
    }
  }, [board, t])

  function onIdentity(next: Identity, choices: JoinChoices) {
    // A rename keeps the view; joining, or changing coop, goes to the coop's corner.
    if (!identity || next.coop !== identity.coop || choices.createCorner) {
      setArrival({ coop: next.coop, createCorner: choices.createCorner })
    }
    setIdentity(saveIdentity(next))
    setEditingName(false)
  }

  switch (info.state) {
    case 'loading':
      return <LoadingPage message={t('status.openingBoard')} />
    case 'problem':
      return <AccessProblemPage problem={info.problem} text={describeAccessProblem(info.problem, t)} />
    case 'error':
      return (
        <StatusPage
          title={t('status.couldNotOpen')}
          tone="problem"
          actions={
            <button type="button" className="button button--primary" onClick={retry}>
              {t('common.tryAgain')}
            </button>
          }
        >
          <p>{info.message}</p>
        </StatusPage>
      )
    case 'ready':
      break
  }

  const title = info.board.title || t('common.untitledBoard')
  if (!participant) {
    return (
      <>
        <BoardBackdrop title={title} />
        <JoinDialog mode="join" boardTitle={title} initial={identity} roster={roster} mayAddCoop={mayAddCoop} onSubmit={onIdentity} />
      </>
    )
  }
  return (
    <>
      <Suspense fallback={<LoadingPage message={t('status.connecting')} />}>
        <BoardSession
          board={info.board}
          token={token}
          participant={participant}
          arrival={viewOnly ? null : arrival}
          onChangeName={viewOnly ? null : () => setEditingName(true)}
        />
      </Suspense>
      {editingName && (
        <JoinDialog
          mode="edit"
          boardTitle={title}
          initial={identity}
          roster={roster}
          mayAddCoop={mayAddCoop}
          onSubmit={onIdentity}
          onCancel={() => setEditingName(false)}
        />
      )}
    </>
  )
}
