/** The chip over the canvas while a vote is open: its title and how many dots one has left. */
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
  return (
    <div className="notice notice--vote" role="status" data-testid="vote-bar">
      <span className="notice--vote__mark" aria-hidden="true" />
      <span>
        <strong>Vote:</strong> {vote.title || 'Untitled vote'}
        {dotsLeft !== null && <span data-testid="dots-left"> · {dotsLeftText(dotsLeft, vote.dots)}</span>}
      </span>
      {onShowPanel && (
        <button type="button" className="notice__action" onClick={onShowPanel}>
          Show the list
        </button>
      )}
    </div>
  )
}
