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
import { z } from 'zod'
import { nonBlankText, readWith, timeMs } from '../values'

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

/** A stored id: not blank, within {@link DECISION_LIMITS}. */
const id = nonBlankText(DECISION_LIMITS.id)
/** "Name · Coop", a coop's name or a person's name. */
const label = nonBlankText(DECISION_LIMITS.label)
/** Null, or a non-blank text within `max`; a missing field reads as null. */
const optionalText = (max: number) => nonBlankText(max).nullable().default(null)

/** Schema of a {@link Proposal} whose fields agree with its status. */
export const proposalSchema = z
  .object({
    /** Also its key in {@link PROPOSALS_MAP}. */
    id,
    /** Its number in the meeting's decision log: 1, 2, … */
    seq: z.number().int().min(1),
    text: nonBlankText(DECISION_LIMITS.text),
    status: z.enum(PROPOSAL_STATUSES),
    /** The text as agreed when the outcome is `amended`, else null. */
    amendedText: optionalText(DECISION_LIMITS.text),
    openedAt: timeMs,
    /** When it was closed; null while open (a missing field reads as null). */
    closedAt: timeMs.nullable().default(null),
    /** "Name · Coop" of the facilitator who opened it. */
    openedBy: label,
    /** The proposal's card on the board: a tldraw note with `meta.proposalId` (card.ts). */
    shapeId: id.startsWith('shape:'),
    /** Share of coops that must respond for quorum, in (0, 1]; {@link DEFAULT_QUORUM} when missing. */
    quorum: z.number().gt(0).max(1).default(DEFAULT_QUORUM),
    /** What the facilitator noted when closing, or null. */
    outcomeNote: optionalText(DECISION_LIMITS.outcomeNote),
  })
  // An open proposal has no closing time; a closed one has one, not before it opened.
  .refine((p) => (p.status === 'open' ? p.closedAt === null : p.closedAt !== null && p.closedAt >= p.openedAt))
  // Only an amended proposal carries the amended text, and it must.
  .refine((p) => (p.status === 'amended') === (p.amendedText !== null))

/** One proposal. Times are ms since the epoch, from the writer's clock. */
export type Proposal = z.infer<typeof proposalSchema>

/** Schema of a {@link Stance}. */
export const stanceSchema = z.object({
  proposalId: id,
  /** coopIdFor(coopName) (shared/corners/roster.ts). */
  coopId: id,
  coopName: label,
  stance: z.enum(STANCE_KINDS),
  /** Why, optional: null or a non-blank text. */
  reason: optionalText(DECISION_LIMITS.reason),
  /** Who set it: a participant id that their connection's presence claims. */
  participantId: id,
  name: label,
  at: timeMs,
})

/** One coop's stance on one proposal; the latest writer of the coop wins. */
export type Stance = z.infer<typeof stanceSchema>

/** The key of a coop's stance on a proposal: one entry per coop and proposal. */
export function stanceKey(proposalId: string, coopId: string): string {
  return `${proposalId}/${coopId}`
}

/** Narrows a stored value to a {@link Proposal} whose fields agree with its status, or null. */
export const readProposal = readWith(proposalSchema)

/** Narrows a stored value to a {@link Stance}, or null. */
export const readStance = readWith(stanceSchema)
