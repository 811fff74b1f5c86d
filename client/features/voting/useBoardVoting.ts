/**
 * Voting on the board page: the state and actions the notes, the vote chip and the panel
 * share, and what the top bar shows (an open vote, the dots one has left).
 */
import { useMemo } from 'react'
import type { Participant } from '../../../shared/participant'
import { dotsLeft, voterKeyFor } from '../../../shared/voting/tally'
import type { Vote } from '../../../shared/voting/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useVotingActions, useVotingState } from './useVoting'
import type { VotingContextValue } from './VotingContext'
import { dotsOfVote } from './votingView'

/** What the board page needs of voting. */
export interface BoardVoting {
  context: VotingContextValue
  /** The open vote, or null. */
  openVote: Vote | null
  /** This person's dots left in the open vote, or null when they do not vote in it. */
  dotsLeft: number | null
}

/** Voting for `me` on the board whose features are `features` (null while connecting). */
export function useBoardVoting(features: FeatureDoc | null, me: Participant): BoardVoting {
  const state = useVotingState(features)
  const actions = useVotingActions(features, me)
  return useMemo(() => {
    const openVote = state.votes.find((vote) => vote.status === 'open') ?? null
    const voterKey = openVote && actions.canWrite ? voterKeyFor(openVote, me) : null
    return {
      context: { state, actions, me },
      openVote,
      dotsLeft: openVote && voterKey !== null ? dotsLeft(openVote, dotsOfVote(state, openVote.id), voterKey) : null,
    }
  }, [state, actions, me])
}
