/** The chip over the canvas while a vote is open: its title and how many dots one has left. */
import { useTranslation } from 'react-i18next'
import type { Vote } from '../../../shared/voting/types'
import { dotsLeftText } from './votingView'

/** Props of {@link VoteBar}. */
export interface VoteBarProps {
  vote: Vote
  /** Dots left for this person, or null when they do not vote (viewers, no coop in a per-coop vote). */
  dotsLeft: number | null
  /** Opens the votes panel; null when it is open. */
  onShowPanel: (() => void) | null
}

/** "Vote: Priorities · 2 of 2 dots left [Vote from a list]". */
export function VoteBar({ vote, dotsLeft, onShowPanel }: VoteBarProps) {
  const { t } = useTranslation()
  return (
    <div className="notice notice--vote" role="status" data-testid="vote-bar">
      <span className="notice--vote__mark" aria-hidden="true" />
      <span className="notice--vote__text">
        <span className="notice--vote__title">
          <strong>{t('voting.bar.label')}</strong> {vote.title || t('voting.panel.untitled')}
        </span>
        {dotsLeft !== null && (
          <span className="notice--vote__left" data-testid="dots-left">
            <span className="notice--vote__separator" aria-hidden="true">
              {' '}
              ·{' '}
            </span>
            {dotsLeftText(t, dotsLeft, vote.dots)}
          </span>
        )}
      </span>
      {onShowPanel && (
        <button type="button" className="notice__action" onClick={onShowPanel}>
          {t('voting.bar.showList')}
        </button>
      )}
    </div>
  )
}
