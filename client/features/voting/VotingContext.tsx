/**
 * Hands the voting state and actions to the note shapes, which tldraw renders deep inside its
 * own tree (React context crosses it; props cannot).
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { Participant } from '../../../shared/participant'
import type { VotingActions } from './useVoting'
import type { VotingState } from './votingView'

/** What a note needs to show dots and reactions. */
export interface VotingContextValue {
  state: VotingState
  actions: VotingActions
  me: Participant
}

const VotingContext = createContext<VotingContextValue | null>(null)

/** Provides voting to the notes below it. */
export function VotingProvider({ value, children }: { value: VotingContextValue; children: ReactNode }) {
  return <VotingContext.Provider value={value}>{children}</VotingContext.Provider>
}

/** The voting of the board, or null outside a board (e.g. in tldraw's export). */
export function useVoting(): VotingContextValue | null {
  return useContext(VotingContext)
}
