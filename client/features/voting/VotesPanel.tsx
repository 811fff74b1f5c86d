/**
 * The votes side panel: the open vote (its notes with "Add dot" / "Take back", how many have
 * voted, and for facilitators "Close vote"), the form to open one (facilitators), and the
 * results of past votes.
 */
import { useMemo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor, TLShapeId } from 'tldraw'
import type { Participant } from '../../../shared/participant'
import { voterKeyFor, dotsLeft as voterDotsLeft } from '../../../shared/voting/tally'
import type { Vote } from '../../../shared/voting/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import { OpenVoteForm } from './OpenVoteForm'
import { useNoteTexts, useScopeChoices } from './useBoardNotes'
import type { VotingActions } from './useVoting'
import { VoteNotes } from './VoteNotes'
import {
  describeVote,
  dotsLeftText,
  dotsOfVote,
  progressText,
  scopeText,
  talliesVisible,
  voteNoteRows,
  voteProgress,
  type VotingState,
} from './votingView'
import { SidePanel } from '../../ui/SidePanel'
import './voting.css'

/** Props of {@link VotesPanel}. */
export interface VotesPanelProps {
  id: string
  features: FeatureDoc | null
  state: VotingState
  actions: VotingActions
  me: Participant
  isFacilitator: boolean
  editor: Editor | null
  /** Everyone on the board who may vote (this person and the peers, without viewers). */
  people: readonly Participant[]
  onClose: () => void
}

function newVoteId(): string {
  return `vote-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

function showNote(editor: Editor, noteId: string): void {
  const id = noteId as TLShapeId
  const bounds = editor.getShapePageBounds(id)
  if (!bounds) return
  editor.select(id)
  editor.zoomToBounds(bounds, { targetZoom: Math.max(editor.getZoomLevel(), 0.8), animation: { duration: 300 } })
}

/** The votes panel. */
export function VotesPanel({ id, features, state, actions, me, isFacilitator, editor, people, onClose }: VotesPanelProps) {
  const { t } = useTranslation()
  const open = state.votes.find((vote) => vote.status === 'open') ?? null
  const past = useMemo(
    () => state.votes.filter((vote) => vote.status === 'closed').sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0)),
    [state.votes],
  )
  const noteIds = useMemo(() => [...new Set([...(open?.noteIds ?? []), ...past.flatMap((vote) => vote.noteIds)])], [open, past])
  const texts = useNoteTexts(features, noteIds)
  const onShow = editor ? (noteId: string) => showNote(editor, noteId) : null

  function close() {
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus()
    onClose()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return
    event.preventDefault()
    close()
  }

  // A participant with no vote yet sees it said once, in the panel's body with a hint.
  const emptyState = !open && !isFacilitator && past.length === 0
  return (
    <SidePanel
      id={id}
      className="votes"
      testId="votes-panel"
      title={t('voting.panel.title')}
      subtitle={
        open
          ? t('voting.panel.open')
          : past.length > 0
            ? t('voting.panel.closedCount', { count: past.length })
            : emptyState
              ? null
              : t('voting.panel.noVote')
      }
      closeLabel={t('voting.panel.close')}
      onClose={close}
      onKeyDown={onKeyDown}
    >
      <div className="directory__body votes__body">
        {open && (
          <OpenVote
            vote={open}
            state={state}
            texts={texts}
            actions={actions}
            me={me}
            isFacilitator={isFacilitator}
            people={people}
            onShow={onShow}
          />
        )}
        {!open && isFacilitator && <NewVote features={features} editor={editor} actions={actions} />}
        {emptyState && (
          <div className="directory__empty">
            <p className="directory__empty-title">{t('voting.panel.noVote')}</p>
            <p>{t('voting.panel.emptyHint')}</p>
          </div>
        )}
        {past.length > 0 && (
          <section className="votes__past" aria-label={t('voting.panel.pastVotes')}>
            <h3 className="votes__section-title">{t('voting.panel.results')}</h3>
            {past.map((vote, i) => (
              <details key={vote.id} className="votes__result" open={i === 0} data-testid="past-vote">
                <summary>
                  <span className="votes__result-title">{vote.title || t('voting.panel.untitled')}</span>
                  <span className="votes__meta">
                    {t('voting.panel.scopeMeta', { scope: scopeText(t, vote), description: describeVote(t, vote) })}
                  </span>
                </summary>
                <VoteNotes rows={voteNoteRows(vote, dotsOfVote(state, vote.id), texts, null)} showTallies voting={null} onShow={onShow} />
              </details>
            ))}
          </section>
        )}
      </div>
    </SidePanel>
  )
}

interface OpenVoteProps {
  vote: Vote
  state: VotingState
  texts: ReadonlyMap<string, string>
  actions: VotingActions
  me: Participant
  isFacilitator: boolean
  people: readonly Participant[]
  onShow: ((noteId: string) => void) | null
}

function OpenVote({ vote, state, texts, actions, me, isFacilitator, people, onShow }: OpenVoteProps) {
  const { t } = useTranslation()
  const dots = dotsOfVote(state, vote.id)
  const voterKey = actions.canWrite ? voterKeyFor(vote, me) : null
  const left = voterKey === null ? null : voterDotsLeft(vote, dots, voterKey)
  const rows = voteNoteRows(vote, dots, texts, voterKey)
  return (
    <section className="votes__current" aria-labelledby="open-vote-title" data-testid="open-vote-section">
      <p className="votes__eyebrow">
        <span className="votes__live-dot" aria-hidden="true" /> {t('voting.panel.openEyebrow', { scope: scopeText(t, vote) })}
      </p>
      <h3 className="votes__current-title" id="open-vote-title">
        {vote.title || t('voting.panel.untitled')}
      </h3>
      <p className="votes__meta">{describeVote(t, vote)}</p>
      <div className="votes__status">
        {left !== null && (
          <p className="votes__left" data-testid="panel-dots-left">
            {dotsLeftText(t, left, vote.dots)}
          </p>
        )}
        {voterKey === null && actions.canWrite && vote.per === 'coop' && <p className="votes__meta">{t('voting.panel.chooseCoop')}</p>}
        <p className="votes__meta" data-testid="vote-progress">
          {progressText(t, voteProgress(vote, dots, people))}
        </p>
      </div>
      {isFacilitator && (
        <button
          type="button"
          className="button button--secondary votes__close"
          data-testid="close-vote"
          onClick={() => actions.close(vote.id)}
        >
          {t('voting.panel.closeVote')}
        </button>
      )}
      <VoteNotes
        rows={rows}
        showTallies={talliesVisible(vote)}
        voting={
          left === null
            ? null
            : {
                canAdd: left > 0,
                onAdd: (noteId) => actions.addDot(vote.id, noteId),
                onTakeBack: (noteId) => actions.takeBack(vote.id, noteId),
              }
        }
        onShow={onShow}
      />
    </section>
  )
}

function NewVote({ features, editor, actions }: { features: FeatureDoc | null; editor: Editor | null; actions: VotingActions }) {
  const choices = useScopeChoices(features, editor)
  return <OpenVoteForm choices={choices} onOpen={(request) => actions.open({ id: newVoteId(), ...request })} />
}
