/**
 * Consent decisions in the board document: the facilitator writes a proposal, each coop takes
 * one stance (consent, concern, stand aside, block), the facilitator closes it as agreed,
 * amended or not agreed, and closed proposals form the meeting's decision log. Map names,
 * types and readers that narrow stored values; the logic lives next to this file
 * (rules.ts, tally.ts, log.ts, write.ts, card.ts).
 *
 * Two named maps, plain JSON values (shared/namedMaps.ts):
 * - {@link PROPOSALS_MAP} (facilitators): proposal id → {@link Proposal}.
 * - {@link STANCES_MAP} (everyone, with rules): {@link stanceKey} → {@link Stance}.
 */

export const PROPOSALS_MAP = 'plenary:proposals'
export const STANCES_MAP = 'plenary:stances'

/** Both decision maps, for subscriptions. */
export const DECISION_MAPS: readonly string[] = [PROPOSALS_MAP, STANCES_MAP]

/** What a coop can say about a proposal, in the order they are shown. */
export const STANCE_KINDS = ['consent', 'concern', 'stand_aside', 'block'] as const
export type StanceKind = (typeof STANCE_KINDS)[number]

/** An open proposal takes stances; the three others are outcomes, final once set. */
export const PROPOSAL_STATUSES = ['open', 'agreed', 'amended', 'not_agreed'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

/** The outcome a facilitator closes a proposal with. */
export type ProposalOutcome = Exclude<ProposalStatus, 'open'>

/** Limits of stored values, in characters (the server refuses longer ones). */
export const DECISION_LIMITS = {
  text: 2000,
  reason: 500,
  outcomeNote: 500,
  label: 160,
  id: 200,
} as const

/**
 * Quorum by coop when the facilitator sets none: at least half of the coops (the roster, plus
 * any coop that responded without being on it) have taken a stance.
 */
export const DEFAULT_QUORUM = 0.5

/** One proposal. Times are ms since the epoch, from the writer's clock. */
export interface Proposal {
  /** Also its key in {@link PROPOSALS_MAP}. */
  id: string
  /** Its number in the meeting's decision log: 1, 2, … */
  seq: number
  text: string
  status: ProposalStatus
  /** The text as agreed when the outcome is `amended`, else null. */
  amendedText: string | null
  openedAt: number
  /** When it was closed; null while open. */
  closedAt: number | null
  /** "Name · Coop" of the facilitator who opened it. */
  openedBy: string
  /** The proposal's card on the board: a tldraw note with `meta.proposalId` (card.ts). */
  shapeId: string
  /** Share of coops that must respond for quorum, in (0, 1]. */
  quorum: number
  /** What the facilitator noted when closing, or null. */
  outcomeNote: string | null
}

/** One coop's stance on one proposal; the latest writer of the coop wins. */
export interface Stance {
  proposalId: string
  /** coopIdFor(coopName) (shared/corners/roster.ts). */
  coopId: string
  coopName: string
  stance: StanceKind
  /** Why, optional: null or a non-blank text. */
  reason: string | null
  /** Who set it: a participant id that their connection's presence claims. */
  participantId: string
  name: string
  at: number
}

/** The key of a coop's stance on a proposal: one entry per coop and proposal. */
export function stanceKey(proposalId: string, coopId: string): string {
  return `${proposalId}/${coopId}`
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}

function optionalText(value: unknown, max: number): string | null | undefined {
  if (value === null || value === undefined) return null
  return isText(value, max) ? value : undefined
}

/** Narrows a stored value to a {@link Proposal} whose fields agree with its status, or null. */
export function readProposal(value: unknown): Proposal | null {
  const v = asObject(value)
  if (!v) return null
  const { id, seq, text, status, openedAt, closedAt, openedBy, shapeId, quorum } = v
  if (!isText(id, DECISION_LIMITS.id) || !isText(text, DECISION_LIMITS.text) || !isOneOf(PROPOSAL_STATUSES, status)) return null
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null
  if (!isTime(openedAt) || !isText(openedBy, DECISION_LIMITS.label) || !isText(shapeId, DECISION_LIMITS.id)) return null
  if (!shapeId.startsWith('shape:')) return null
  const quorumValue = quorum === undefined ? DEFAULT_QUORUM : quorum
  if (typeof quorumValue !== 'number' || !(quorumValue > 0 && quorumValue <= 1)) return null
  const amendedText = optionalText(v.amendedText, DECISION_LIMITS.text)
  const outcomeNote = optionalText(v.outcomeNote, DECISION_LIMITS.outcomeNote)
  if (amendedText === undefined || outcomeNote === undefined) return null
  // An open proposal has no closing time; a closed one has one, not before it opened.
  if (status === 'open' ? closedAt !== null && closedAt !== undefined : !isTime(closedAt) || closedAt < openedAt) return null
  // Only an amended proposal carries the amended text, and it must.
  if ((status === 'amended') !== (amendedText !== null)) return null
  return {
    id,
    seq,
    text,
    status,
    amendedText,
    openedAt,
    closedAt: status === 'open' ? null : (closedAt as number),
    openedBy,
    shapeId,
    quorum: quorumValue,
    outcomeNote,
  }
}

/** Narrows a stored value to a {@link Stance}, or null. */
export function readStance(value: unknown): Stance | null {
  const v = asObject(value)
  if (!v) return null
  const { proposalId, coopId, coopName, stance, participantId, name, at } = v
  if (!isText(proposalId, DECISION_LIMITS.id) || !isText(coopId, DECISION_LIMITS.id) || !isText(coopName, DECISION_LIMITS.label)) return null
  if (!isOneOf(STANCE_KINDS, stance) || !isText(participantId, DECISION_LIMITS.id) || !isText(name, DECISION_LIMITS.label)) return null
  if (!isTime(at)) return null
  const reason = optionalText(v.reason, DECISION_LIMITS.reason)
  if (reason === undefined) return null
  return { proposalId, coopId, coopName, stance, reason, participantId, name, at }
}
