/**
 * Writing decisions into a board document: open a proposal with its card, take or clear a
 * coop's stance, close a proposal. Each runs in one transaction (nested in the caller's when
 * there is one, as `FeatureDoc.write` does), so the proposal and its card travel as one update.
 * Functions return a problem for people, or null when written; the server checks the same
 * rules again (rules.ts).
 */
import * as Y from 'yjs'
import { asStoredRecord, recordsMap, type StoredRecord } from '../boardDoc'
import { coopIdFor } from '../corners/roster'
import { cardIdFor, createProposalCard, indexAboveAll, updatedCard } from './card'
import { nextSeq } from './log'
import { proposalsMap, readProposalIn, stancesMap } from './read'
import { DECISION_LIMITS, DEFAULT_QUORUM, stanceKey, type Proposal, type ProposalOutcome, type Stance, type StanceKind } from './types'

/** What a facilitator gives to open a proposal. */
export interface NewProposal {
  /** Unique, e.g. a random id; the card's id derives from it. */
  id: string
  text: string
  /** "Name · Coop" of the facilitator. */
  openedBy: string
  at: number
  /** Where the card's top-left corner goes on the page. */
  x: number
  y: number
  pageId?: string
  quorum?: number
}

function cleanText(text: string, max: number): string | null {
  const trimmed = text.trim()
  return trimmed.length === 0 || trimmed.length > max ? null : trimmed
}

/** Opens a proposal and places its card; returns it, or a problem. */
export function openProposal(doc: Y.Doc, input: NewProposal): Proposal | string {
  const text = cleanText(input.text, DECISION_LIMITS.text)
  if (text === null)
    return input.text.trim() === '' ? 'Write the proposal first.' : `A proposal is at most ${DECISION_LIMITS.text} characters.`
  if (proposalsMap(doc).has(input.id)) return 'That proposal already exists.'
  const proposal: Proposal = {
    id: input.id,
    seq: nextSeq(doc),
    text,
    status: 'open',
    amendedText: null,
    openedAt: input.at,
    closedAt: null,
    openedBy: input.openedBy.slice(0, DECISION_LIMITS.label),
    shapeId: cardIdFor(input.id),
    quorum: input.quorum ?? DEFAULT_QUORUM,
    outcomeNote: null,
  }
  const records = recordsMap(doc)
  const stored: StoredRecord[] = []
  records.forEach((value) => {
    const record = asStoredRecord(value)
    if (record) stored.push(record)
  })
  const card = createProposalCard(proposal, { x: input.x, y: input.y, index: indexAboveAll(stored, input.pageId), pageId: input.pageId })
  doc.transact(() => {
    proposalsMap(doc).set(proposal.id, proposal)
    records.set(card.id, card)
  })
  return proposal
}

/** A coop's stance as someone of it takes it. */
export interface StanceInput {
  proposalId: string
  /** The participant's coop, as they named it (Participant.coop). */
  coopName: string
  stance: StanceKind
  reason?: string
  participantId: string
  name: string
  at: number
}

/** Takes (or changes) the coop's stance; returns it, or a problem. */
export function setStance(doc: Y.Doc, input: StanceInput): Stance | string {
  const coopName = input.coopName.trim()
  // A name without letters or digits names no coop (coopIdFor would call it "coop").
  if (!/[\p{L}\p{N}]/u.test(coopName)) return 'Name your coop to take a stance: stances are one per coop.'
  const coopId = coopIdFor(coopName)
  const proposal = readProposalIn(doc, input.proposalId)
  if (!proposal) return 'This proposal no longer exists.'
  if (proposal.status !== 'open') return 'This proposal is closed.'
  const reasonText = input.reason?.trim() ?? ''
  if (reasonText.length > DECISION_LIMITS.reason) return `A reason is at most ${DECISION_LIMITS.reason} characters.`
  const stance: Stance = {
    proposalId: proposal.id,
    coopId,
    coopName: coopName.slice(0, DECISION_LIMITS.label),
    stance: input.stance,
    reason: reasonText === '' ? null : reasonText,
    participantId: input.participantId,
    name: input.name.slice(0, DECISION_LIMITS.label),
    at: input.at,
  }
  stancesMap(doc).set(stanceKey(proposal.id, coopId), stance)
  return stance
}

/** Removes a coop's stance (facilitators only); false when there was none. */
export function clearStance(doc: Y.Doc, proposalId: string, coopId: string): boolean {
  const key = stanceKey(proposalId, coopId)
  if (!stancesMap(doc).has(key)) return false
  stancesMap(doc).delete(key)
  return true
}

/** How a facilitator closes a proposal. */
export interface ClosingInput {
  outcome: ProposalOutcome
  /** Required for `amended`: the text as agreed. */
  amendedText?: string
  note?: string
  at: number
}

/** Closes an open proposal with its outcome and updates its card; returns it, or a problem. */
export function closeProposal(doc: Y.Doc, proposalId: string, closing: ClosingInput): Proposal | string {
  const proposal = readProposalIn(doc, proposalId)
  if (!proposal) return 'This proposal no longer exists.'
  if (proposal.status !== 'open') return 'This proposal is already closed.'
  let amendedText: string | null = null
  if (closing.outcome === 'amended') {
    amendedText = cleanText(closing.amendedText ?? '', DECISION_LIMITS.text)
    if (amendedText === null) return 'Write the amended text.'
  }
  const note = cleanText(closing.note ?? '', DECISION_LIMITS.outcomeNote)
  const closed: Proposal = {
    ...proposal,
    status: closing.outcome,
    amendedText,
    closedAt: Math.max(closing.at, proposal.openedAt),
    outcomeNote: note,
  }
  const records = recordsMap(doc)
  const card = records.get(proposal.shapeId)
  doc.transact(() => {
    proposalsMap(doc).set(proposal.id, closed)
    if (typeof card === 'object' && card !== null) records.set(proposal.shapeId, updatedCard(card as Record<string, unknown>, closed))
  })
  return closed
}
