/**
 * Dots and reactions on one sticky note, drawn inside the note (so they move and zoom with it):
 * a row of reactions with a picker, and, while the note is in a vote, the tally, one's own
 * dots (click one to take it back) and "+ dot". The panel offers the same with the keyboard.
 */
import { useState, type PointerEvent, type TouchEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor, useValue } from 'tldraw'
import { NOTE_SIZE } from '../../../shared/shapeBounds'
import { REACTIONS, type ReactionId } from '../../../shared/voting/types'
import { reactionCounts } from '../../../shared/voting/tally'
import { AddReactionIcon, ReactionIcon } from './ReactionIcon'
import { useVoting } from './VotingContext'
import { noteVoteView, reactionName } from './votingView'
import './voting.css'

/** Props of {@link NoteVoting}. */
export interface NoteVotingProps {
  noteId: string
  /** The note's scale prop: the strip is laid out at scale 1 and scaled with the note. */
  scale: number
}

// Keep tldraw from selecting or dragging the note when a button on it is pressed, and from
// cancelling a tap on it: the canvas prevents the default of touches, which would swallow the
// click that a tap on a button makes.
const stop = (event: PointerEvent | TouchEvent) => event.stopPropagation()
const ownEvents = { onPointerDown: stop, onTouchStart: stop, onTouchEnd: stop }

/** The voting and reactions strip at the top of a note; nothing when the note has neither and is not hovered. */
export function NoteVoting({ noteId, scale }: NoteVotingProps) {
  const { t } = useTranslation()
  const voting = useVoting()
  const editor = useEditor()
  const active = useValue('note active', () => editor.getHoveredShapeId() === noteId || editor.getOnlySelectedShapeId() === noteId, [
    editor,
    noteId,
  ])
  const editing = useValue('note editing', () => editor.getEditingShapeId() === noteId, [editor, noteId])
  const [picking, setPicking] = useState(false)
  if (!voting) return null
  const { state, actions, me } = voting
  const view = noteVoteView(state, noteId, me, actions.canWrite)
  const counts =
    reactionCounts(
      state.reactions.filter((r) => r.noteId === noteId),
      me.id,
    ).get(noteId) ?? []
  const canReact = actions.canWrite && !editing
  const showPicker = canReact && (active || picking)
  if (!view && counts.length === 0 && !showPicker) return null

  const react = (reaction: ReactionId) => {
    actions.react(noteId, reaction)
    setPicking(false)
  }

  return (
    <div className="note-voting" data-testid="note-voting" data-note-id={noteId} style={{ width: NOTE_SIZE, transform: `scale(${scale})` }}>
      <div className="note-voting__reactions">
        {counts.map(({ reaction, count, mine }) => {
          const name = reactionName(t, reaction)
          const label = t(mine ? 'voting.strip.reactionCountMine' : 'voting.strip.reactionCount', { reaction: name, count })
          return canReact ? (
            <button
              key={reaction}
              type="button"
              className={`note-reaction${mine ? ' note-reaction--mine' : ''}`}
              data-testid={`reaction-${reaction}`}
              aria-pressed={mine}
              aria-label={label}
              title={t(mine ? 'voting.strip.takeBackReaction' : 'voting.strip.react', { reaction: name })}
              {...ownEvents}
              onClick={() => react(reaction)}
            >
              <ReactionIcon reaction={reaction} />
              <span className="note-reaction__count" aria-hidden="true">
                {count}
              </span>
            </button>
          ) : (
            <span key={reaction} className="note-reaction" data-testid={`reaction-${reaction}`} role="img" aria-label={label}>
              <ReactionIcon reaction={reaction} />
              <span className="note-reaction__count" aria-hidden="true">
                {count}
              </span>
            </span>
          )
        })}
        {showPicker && (
          <button
            type="button"
            className="note-reaction note-reaction--add"
            data-testid="reaction-add"
            aria-label={t('voting.strip.addReaction')}
            aria-expanded={picking}
            {...ownEvents}
            onClick={() => setPicking((open) => !open)}
          >
            <AddReactionIcon />
          </button>
        )}
        {picking && canReact && (
          <div className="note-reaction-picker" role="group" aria-label={t('voting.strip.reactions')}>
            {REACTIONS.map((kind) => (
              <button
                key={kind.id}
                type="button"
                className="note-reaction-picker__option"
                data-testid={`react-${kind.id}`}
                aria-label={t('voting.strip.react', { reaction: reactionName(t, kind.id) })}
                title={reactionName(t, kind.id)}
                {...ownEvents}
                onClick={() => react(kind.id)}
              >
                <ReactionIcon reaction={kind.id} />
              </button>
            ))}
          </div>
        )}
      </div>
      {view && (
        <div className="note-voting__dots">
          {view.tally !== null && (
            <span className="note-tally" data-testid="note-tally" role="img" aria-label={t('voting.strip.tally', { count: view.tally })}>
              <span aria-hidden="true">● {view.tally}</span>
            </span>
          )}
          {view.vote.status === 'open' &&
            Array.from({ length: view.mine }, (_, i) => (
              <button
                key={i}
                type="button"
                className="note-dot"
                data-testid="my-dot"
                aria-label={t('voting.strip.takeBackDot')}
                title={t('voting.strip.takeBackDot')}
                {...ownEvents}
                onClick={() => actions.takeBack(view.vote.id, noteId)}
              />
            ))}
          {view.canAdd && (
            <button
              type="button"
              className="note-dot-add"
              data-testid="add-dot"
              aria-label={t('voting.strip.addDot')}
              {...ownEvents}
              onClick={() => actions.addDot(view.vote.id, noteId)}
            >
              {t('voting.strip.addDotText')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
