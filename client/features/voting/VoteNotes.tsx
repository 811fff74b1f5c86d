/**
 * The notes of a vote as a list: text, dots (when they may be shown) and, while the vote is
 * open, "Add dot" / "Take back" — the keyboard's way to vote, and the results once closed.
 */
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { VoteNoteRow } from './votingView'

/** Props of {@link VoteNotes}. */
export interface VoteNotesProps {
  rows: readonly VoteNoteRow[]
  /** False while results are hidden. */
  showTallies: boolean
  /** Null when this person cannot vote here (closed vote, viewer, no coop). */
  voting: { canAdd: boolean; onAdd: (noteId: string) => void; onTakeBack: (noteId: string) => void } | null
  /** Flies the board to a note; null when there is no editor. */
  onShow: ((noteId: string) => void) | null
}

function label(t: TFunction, text: string | undefined): string {
  if (text === undefined) return t('voting.notes.deleted')
  return text.trim() === '' ? t('voting.notes.empty') : text
}

/** The list of a vote's notes. */
export function VoteNotes({ rows, showTallies, voting, onShow }: VoteNotesProps) {
  const { t } = useTranslation()
  return (
    <ol className="vote-notes" data-testid="vote-notes">
      {rows.map((row) => (
        <li key={row.noteId} className="vote-notes__row" data-testid="vote-note" data-note-id={row.noteId}>
          {showTallies && (
            <span className="vote-notes__tally" data-testid="vote-note-tally" aria-label={t('voting.notes.dots', { count: row.dots })}>
              {row.dots}
            </span>
          )}
          <span className="vote-notes__text">
            {onShow ? (
              <button type="button" className="vote-notes__show" title={t('voting.notes.showOnBoard')} onClick={() => onShow(row.noteId)}>
                {label(t, row.text)}
              </button>
            ) : (
              label(t, row.text)
            )}
            {row.mine > 0 && (
              <span
                className="vote-notes__mine"
                role="img"
                aria-label={t('voting.notes.yourDots', { count: row.mine })}
                title={t('voting.notes.yourDots', { count: row.mine })}
              >
                {Array.from({ length: row.mine }, (_, i) => (
                  <span key={i} className="vote-notes__mine-dot" />
                ))}
              </span>
            )}
          </span>
          {voting && (
            <span className="vote-notes__actions">
              {row.mine > 0 && (
                <button
                  type="button"
                  className="button button--secondary vote-notes__button"
                  aria-label={t('voting.notes.takeBackLabel', { note: label(t, row.text) })}
                  onClick={() => voting.onTakeBack(row.noteId)}
                >
                  {t('voting.notes.takeBack')}
                </button>
              )}
              <button
                type="button"
                className="button button--secondary vote-notes__button"
                aria-label={t('voting.notes.addLabel', { note: label(t, row.text) })}
                disabled={!voting.canAdd}
                onClick={() => voting.onAdd(row.noteId)}
              >
                {t('voting.notes.add')}
              </button>
            </span>
          )}
        </li>
      ))}
    </ol>
  )
}
