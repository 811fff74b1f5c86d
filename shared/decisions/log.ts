/**
 * The meeting's decision log: closed proposals in order, with outcome and each coop's stance,
 * as plain data for the panel and, later, the exporter.
 */
import type * as Y from 'yjs'
import { readProposals, readStances } from './read'
import { countStances, type StanceCounts } from './tally'
import type { Proposal, ProposalOutcome, StanceKind } from './types'

/** One coop's stance as the log records it. */
export interface LoggedStance {
  coopId: string
  coopName: string
  stance: StanceKind
  reason: string | null
  /** Who of the coop set it last. */
  name: string
}

/** One decision of the meeting. */
export interface DecisionLogEntry {
  proposalId: string
  seq: number
  /** What was decided: the amended text for an amended proposal, else the proposal's text. */
  text: string
  /** The text as proposed. */
  proposedText: string
  outcome: ProposalOutcome
  outcomeNote: string | null
  openedAt: number
  closedAt: number
  counts: StanceCounts
  /** By coop name. */
  stances: LoggedStance[]
}

/** The number the next proposal gets: one more than the highest so far (1 on a new board). */
export function nextSeq(doc: Y.Doc): number {
  return readProposals(doc).reduce((max, proposal) => Math.max(max, proposal.seq), 0) + 1
}

function isClosed(proposal: Proposal): proposal is Proposal & { status: ProposalOutcome; closedAt: number } {
  return proposal.status !== 'open' && proposal.closedAt !== null
}

/** The closed proposals of `doc`, in log order (seq), each with its outcome and stances. */
export function decisionLog(doc: Y.Doc): DecisionLogEntry[] {
  return readProposals(doc)
    .filter(isClosed)
    .map((proposal) => {
      const stances = readStances(doc, proposal.id)
      return {
        proposalId: proposal.id,
        seq: proposal.seq,
        text: proposal.status === 'amended' && proposal.amendedText !== null ? proposal.amendedText : proposal.text,
        proposedText: proposal.text,
        outcome: proposal.status,
        outcomeNote: proposal.outcomeNote,
        openedAt: proposal.openedAt,
        closedAt: proposal.closedAt,
        counts: countStances(stances),
        stances: stances.map(({ coopId, coopName, stance, reason, name }) => ({ coopId, coopName, stance, reason, name })),
      }
    })
}
