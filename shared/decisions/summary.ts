/**
 * Everything the decisions panel and the proposal cards show, read from the document in one
 * pass: every proposal with its stances and tally against the roster, and the decision log.
 */
import type * as Y from 'yjs'
import { readRoster } from '../corners/applyPlan'
import { decisionLog, type DecisionLogEntry } from './log'
import { readProposals, readStances } from './read'
import { tallyProposal, type ProposalTally } from './tally'
import type { Proposal, Stance } from './types'

/** One proposal with its stances (by coop name) and tally. */
export interface ProposalSummary {
  proposal: Proposal
  stances: Stance[]
  tally: ProposalTally
}

/** The decisions of a board. */
export interface DecisionsSummary {
  /** Every proposal in log order, open and closed. */
  proposals: ProposalSummary[]
  /** Closed proposals in order (see decisionLog). */
  log: DecisionLogEntry[]
}

/** An empty summary, for before the document is there. */
export const EMPTY_DECISIONS: DecisionsSummary = Object.freeze({ proposals: [], log: [] })

/** The decisions of `doc`. */
export function readDecisions(doc: Y.Doc): DecisionsSummary {
  const roster = readRoster(doc)
  const proposals = readProposals(doc).map((proposal) => {
    const stances = readStances(doc, proposal.id)
    return { proposal, stances, tally: tallyProposal(roster, stances, proposal.quorum) }
  })
  return { proposals, log: decisionLog(doc) }
}
