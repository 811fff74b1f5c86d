/**
 * A joined board: connects through the sync layer and shows the top bar, the canvas and the
 * coops directory, or a full-page message while connecting, after a failure, or once the
 * server closed it for good.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import type { BoardInfo } from '../lib/api'
import { inviteLink } from '../lib/boardLink'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import type { Arrival } from '../features/corners/arrival'
import { CoopsButton } from '../features/corners/CoopsButton'
import { CoopsPanel } from '../features/corners/CoopsPanel'
import { useBoardVoting } from '../features/voting/useBoardVoting'
import { VoteBar } from '../features/voting/VoteBar'
import { VotesButton } from '../features/voting/VotesButton'
import { VotesPanel } from '../features/voting/VotesPanel'
import { VotingProvider } from '../features/voting/VotingContext'
import { DecisionsButton } from '../features/decisions/DecisionsButton'
import { DecisionsPanel } from '../features/decisions/DecisionsPanel'
import { ProposalCardOverlay } from '../features/decisions/ProposalCardOverlay'
import { useDecisions } from '../features/decisions/useDecisions'
import { ExportMenu, type ExportAction } from '../features/export/ExportMenu'
import { MinutesDialog } from '../features/export/MinutesDialog'
import { usePictureExports } from '../features/export/pictures/usePictureExports'
import { useMiroImport } from '../features/miro/useMiroImport'
import { boardFileActions } from '../features/snapshots/boardFileActions'
import { SnapshotsButton } from '../features/snapshots/SnapshotsButton'
import { SnapshotsPanel } from '../features/snapshots/SnapshotsPanel'
import { useAttendance } from '../features/attendance/useAttendance'
import { useArrival } from '../features/corners/useArrival'
import { AreaActionsContext } from '../features/areas/areaActionsContext'
import { AreaToolbar } from '../features/areas/AreaToolbar'
import { useLockedPlacement } from '../features/areas/useLockedPlacement'
import { StageMenu } from '../features/stage/StageMenu'
import { StageNotice, StageOutline } from '../features/stage/StageOverlay'
import { useStageSession } from '../features/stage/useStageSession'
import { useCornerGuard } from '../features/corners/useCornerGuard'
import { BreakoutBar } from '../features/breakouts/BreakoutBar'
import { useArrivalOutsideBreakout } from '../features/breakouts/breakoutArrival'
import { BreakoutsButton } from '../features/breakouts/BreakoutsButton'
import { BreakoutsPanel } from '../features/breakouts/BreakoutsPanel'
import { presentParticipants } from '../features/breakouts/breakoutView'
import { BreakoutAreasContext } from '../features/breakouts/GroupAreaLabels'
import { useBreakoutsFeature } from '../features/breakouts/useBreakoutsFeature'
import { BoardNextMeeting } from '../features/meeting/BoardNextMeeting'
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
type BoardPanel = 'coops' | 'decisions' | 'breakouts' | 'votes' | 'snapshots'

/** The live board. Default export for `React.lazy`. */
export default function BoardSession({ board, token, participant, arrival, onChangeName }: BoardSessionProps) {
  const { t } = useTranslation()
  const sync = useBoardSync({ boardId: board.id, token, role: board.role, participant, shapeUtils: PLENARY_SHAPE_UTILS })
  const [editor, setEditor] = useState<Editor | null>(null)
  const [sharing, setSharing] = useState(false)
  // One side panel at a time: each is as tall as the canvas.
  const [panel, setPanel] = useState<BoardPanel | null>(null)
  const togglePanel = (name: BoardPanel) => setPanel((open) => (open === name ? null : name))
  const directoryId = useId()
  const decisionsId = useId()
  const breakoutsId = useId()
  const votesId = useId()
  const snapshotsId = useId()
  const [minutesOpen, setMinutesOpen] = useState(false)
  const pictures = usePictureExports(editor, board.title || t('common.untitledBoard'))
  const miroImport = useMiroImport(editor, sync.status === 'ready' ? sync.features : null, board.role === Role.facilitator)
  // Every way out of (and into) the board, in the Export menu; features add theirs here.
  const exportActions: ExportAction[] = [
    {
      id: 'minutes',
      group: 'minutes',
      label: t('export.minutes.label'),
      description: t('export.minutes.description'),
      run: () => setMinutesOpen(true),
    },
    ...boardFileActions({ boardId: board.id, token, title: board.title || t('common.untitledBoard') }, t),
    ...pictures.actions,
    ...miroImport.actions,
  ]
  const peers = sync.status === 'ready' ? sync.peers : NO_PEERS
  const following = useFollowedPeer(editor, peers)
  const access = sync.status === 'ready' ? sync.roster : null
  const roster = useRoster(access)
  const decisions = useDecisions(sync.status === 'ready' ? sync.features : null)
  // Viewers are counted, not listed: they are nobody's delegate on the board.
  const people = useMemo(() => (board.role === Role.viewer ? peers : [participant, ...peers]), [board.role, participant, peers])
  const breakouts = useBreakoutsFeature({
    editor,
    features: sync.status === 'ready' ? sync.features : null,
    setPresenceFilter: sync.status === 'ready' ? sync.setPresenceFilter : null,
    self: participant,
    role: board.role,
  })
  useArrival(editor, access, useArrivalOutsideBreakout(arrival, breakouts.data, participant.id))
  useCornerGuard(editor, board.role === Role.participant)
  useLockedPlacement(editor, board.role === Role.participant)
  const voting = useBoardVoting(sync.status === 'ready' ? sync.features : null, participant)
  useAttendance(sync.status === 'ready' ? sync.features : null, participant, board.role, sync.status === 'ready' ? sync.connection : null, breakouts.clock)
  const stage = useStageSession(editor, sync.status === 'ready' ? sync.features : null, board.id, participant, board.role, breakouts.clock)

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

  const title = board.title || t('common.untitledBoard')
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
        besideTitle={<BoardNextMeeting features={sync.features} canEdit={board.role === Role.facilitator} />}
        panelButtons={
          <>
            <CoopsButton open={panel === 'coops'} panelId={directoryId} count={roster.length} onToggle={() => togglePanel('coops')} />
            <VotesButton open={panel === 'votes'} panelId={votesId} voteOpen={voting.openVote !== null} dotsLeft={voting.dotsLeft} onToggle={() => togglePanel('votes')} />
            <DecisionsButton
              open={panel === 'decisions'}
              panelId={decisionsId}
              openProposals={decisions.proposals.filter((p) => p.proposal.status === 'open').length}
              onToggle={() => togglePanel('decisions')}
            />
            {board.role === Role.facilitator && (
              <BreakoutsButton
                open={panel === 'breakouts'}
                panelId={breakoutsId}
                calls={breakouts.data.session?.status === 'running' ? breakouts.data.calls.length : 0}
                running={breakouts.data.session?.status === 'running'}
                onToggle={() => togglePanel('breakouts')}
              />
            )}
            <SnapshotsButton open={panel === 'snapshots'} panelId={snapshotsId} onToggle={() => togglePanel('snapshots')} />
            <ExportMenu actions={exportActions} />
            {stage.controls && <StageMenu controls={stage.controls} presenting={stage.presenting} />}
          </>
        }
      />
      <div className="board__canvas">
        <div className="board__stage">
          <div className="board__editor">
            <BreakoutAreasContext.Provider value={breakouts.data}>
              <VotingProvider value={voting.context}>
                <AreaActionsContext.Provider value={board.role === Role.facilitator ? sync.features : null}>
                  <BoardCanvas store={sync.store} participant={participant} onEditor={setEditor} />
                </AreaActionsContext.Provider>
              </VotingProvider>
            </BreakoutAreasContext.Provider>
          </div>
          {editor && <ProposalCardOverlay editor={editor} proposals={decisions.proposals} />}
          <StageOutline editor={editor} stage={stage} />
          <div className="board__notices">
            {breakouts.clock && (
              <BreakoutBar editor={editor} data={breakouts.data} clock={breakouts.clock} actions={breakouts.actions} self={participant} role={board.role} />
            )}
            <StageNotice stage={stage} />
            {voting.openVote && (
              <VoteBar vote={voting.openVote} dotsLeft={voting.dotsLeft} onShowPanel={panel === 'votes' ? null : () => setPanel('votes')} />
            )}
            {editor && board.role === Role.facilitator && <AreaToolbar editor={editor} features={sync.features} />}
            {editor && following && <FollowingBanner editor={editor} peer={following} />}
            <RejectedNotice rejected={sync.rejectedRecords} />
          </div>
        </div>
        {panel === 'decisions' && (
          <DecisionsPanel
            id={decisionsId}
            features={sync.features}
            editor={editor}
            decisions={decisions}
            you={participant}
            isFacilitator={board.role === Role.facilitator}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'breakouts' && (
          <BreakoutsPanel
            id={breakoutsId}
            editor={editor}
            features={sync.features}
            data={breakouts.data}
            clock={breakouts.clock}
            actions={breakouts.actions}
            people={presentParticipants(sync.peers)}
            presentIds={new Set([participant.id, ...sync.peers.map((peer) => peer.id)])}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'votes' && (
          <VotesPanel
            id={votesId}
            features={sync.features}
            state={voting.context.state}
            actions={voting.context.actions}
            me={participant}
            isFacilitator={board.role === Role.facilitator}
            editor={editor}
            people={people}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'snapshots' && (
          <SnapshotsPanel
            id={snapshotsId}
            board={{ id: board.id, title }}
            token={token}
            isFacilitator={board.role === Role.facilitator}
            author={participantLabel(participant)}
            features={sync.features}
            editor={editor}
            onClose={() => setPanel(null)}
          />
        )}
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
      {minutesOpen && <MinutesDialog boardId={board.id} boardTitle={title} token={token} onClose={() => setMinutesOpen(false)} />}
      {pictures.dialog}
      {miroImport.dialog}
      {sharing && <ShareDialog boardId={board.id} boardTitle={title} token={token} onClose={() => setSharing(false)} />}
    </div>
  )
}
