/**
 * Reading proposals and stances from a board document. Entries that are not valid, or sit
 * under another key than their own, are skipped: the server refuses them, so only a document
 * written around the server could hold one.
 */
import type * as Y from 'yjs'
import { PROPOSALS_MAP, readProposal, readStance, stanceKey, STANCES_MAP, type Proposal, type Stance } from './types'

/** The proposals map of a board document. */
export function proposalsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROPOSALS_MAP)
}

/** The stances map of a board document. */
export function stancesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(STANCES_MAP)
}

/** Orders proposals as the decision log does: by seq, then opening time, then id (ties are concurrent openings). */
export function compareProposals(a: Proposal, b: Proposal): number {
  return a.seq - b.seq || a.openedAt - b.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The proposal stored under `id`, or null. */
export function readProposalIn(doc: Y.Doc, id: string): Proposal | null {
  const proposal = readProposal(proposalsMap(doc).get(id))
  return proposal && proposal.id === id ? proposal : null
}

/** Every proposal of the board, in log order. */
export function readProposals(doc: Y.Doc): Proposal[] {
  const proposals: Proposal[] = []
  proposalsMap(doc).forEach((value, key) => {
    const proposal = readProposal(value)
    if (proposal && proposal.id === key) proposals.push(proposal)
  })
  return proposals.sort(compareProposals)
}

/** The stances taken on proposal `proposalId`, one per coop, ordered by coop name. */
export function readStances(doc: Y.Doc, proposalId: string): Stance[] {
  const stances: Stance[] = []
  stancesMap(doc).forEach((value, key) => {
    const stance = readStance(value)
    if (stance && stance.proposalId === proposalId && stanceKey(stance.proposalId, stance.coopId) === key) stances.push(stance)
  })
  return stances.sort((a, b) => a.coopName.localeCompare(b.coopName))
}
