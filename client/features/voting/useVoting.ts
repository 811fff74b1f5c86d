/**
 * The voting state of the open board, read once per change of the voting maps, and the writes
 * people make. Notes, the bar and the panel all read the same snapshot.
 */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { Participant } from '../../../shared/participant'
import { closeVote, placeDot, startVote, takeBackDot, toggleReaction, type VoteOptions } from '../../../shared/voting/actions'
import { readAllDots, readReactions, readVotes } from '../../../shared/voting/read'
import { DOTS_MAP, REACTIONS_MAP, VOTES_MAP, type ReactionId } from '../../../shared/voting/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'
import { EMPTY_VOTING, type VotingState } from './votingView'

const VOTING_MAPS = [VOTES_MAP, DOTS_MAP, REACTIONS_MAP] as const

function readVotingState(doc: Y.Doc): VotingState {
  return { votes: readVotes(doc), dots: readAllDots(doc), reactions: readReactions(doc) }
}

/** The board's votes, dots and reactions, re-read when any of them changes. */
export function useVotingState(features: FeatureDoc | null): VotingState {
  return useFeatureValue(features, VOTING_MAPS, readVotingState, EMPTY_VOTING)
}

/** What people do with votes; each returns why it did nothing, or null. */
export interface VotingActions {
  /** False for view-only sessions. */
  canWrite: boolean
  open(options: Omit<VoteOptions, 'now'>): string | null
  close(voteId: string): void
  addDot(voteId: string, noteId: string): string | null
  takeBack(voteId: string, noteId: string): string | null
  react(noteId: string, reaction: ReactionId): void
}

/** Writes for `me` through `features` (nothing when there is no document or it is read-only). */
export function useVotingActions(features: FeatureDoc | null, me: Participant): VotingActions {
  return useMemo(() => {
    const voter = { id: me.id, coop: me.coop }
    const run = (write: (doc: Y.Doc) => string | null): string | null => {
      let problem: string | null = 'You cannot write on this board.'
      if (features) features.write((doc) => (problem = write(doc)))
      return problem
    }
    return {
      canWrite: features?.canWrite ?? false,
      open: (options) =>
        run((doc) => {
          try {
            startVote(doc, { ...options, now: Date.now() })
            return null
          } catch (error) {
            return error instanceof Error ? error.message : String(error)
          }
        }),
      close: (voteId) => void run((doc) => (closeVote(doc, voteId, Date.now()), null)),
      addDot: (voteId, noteId) => run((doc) => placeDot(doc, voteId, voter, noteId, Date.now())),
      takeBack: (voteId, noteId) => run((doc) => takeBackDot(doc, voteId, voter, noteId)),
      react: (noteId, reaction) => void run((doc) => (toggleReaction(doc, noteId, me.id, reaction, Date.now()), null)),
    }
  }, [features, me.id, me.coop])
}
