/**
 * Dot voting and reactions in a board document: the three named maps, what their values are,
 * and validators that narrow stored values. Pure data; the rules are in rules.ts, the counting
 * in tally.ts, the writes in actions.ts.
 */

/** Facilitator-written votes: vote id → {@link Vote}. */
export const VOTES_MAP = 'plenary:votes'

/** Everyone's dots: `${voteId}/${voterKey}/${slot}` → {@link Dot}. */
export const DOTS_MAP = 'plenary:dots'

/** Everyone's reactions: `${noteId}/${participantId}/${reaction}` → {@link Reaction}. */
export const REACTIONS_MAP = 'plenary:reactions'

/** Bounds of a vote. */
export const VOTE_LIMITS = {
  minDots: 1,
  maxDots: 20,
  title: 120,
  scopeLabel: 160,
  /** Notes one vote may cover: a big corner holds a few hundred notes at most. */
  notes: 500,
  /** Ids of votes, participants, coops and notes (a tldraw id is about 30 characters). */
  id: 200,
} as const

/** Whose dots a vote counts: each person's, or each coop's (its delegates share them). */
export type VotePer = 'person' | 'coop'

/** Whether tallies show while the vote is open. */
export type VoteResults = 'live' | 'hidden'

/** An open vote takes dots; a closed one is final. */
export type VoteStatus = 'open' | 'closed'

/** One vote on a set of notes. */
export interface Vote {
  id: string
  title: string
  /** The notes it covers, resolved when it was opened. */
  noteIds: string[]
  /** Dots per voter, 1 to 20. */
  dots: number
  per: VotePer
  results: VoteResults
  status: VoteStatus
  /** Client clock ms when it was opened and closed (null while open). */
  openedAt: number
  closedAt: number | null
  /** Where the notes came from, for people: "Selection", "Corner: Cooperativa Sur", … */
  scopeLabel: string
}

/** One dot placed on a note. */
export interface Dot {
  voteId: string
  /** Whose dot it is: the participant id, or the coop id in a per-coop vote. */
  voterKey: string
  /** Who placed it. */
  participantId: string
  noteId: string
  at: number
}

/** The fixed set of reactions, in the order they are shown. */
export const REACTIONS = [
  { id: 'agree', emoji: '👍', name: 'agree' },
  { id: 'love', emoji: '❤️', name: 'love' },
  { id: 'celebrate', emoji: '🎉', name: 'celebrate' },
  { id: 'question', emoji: '🤔', name: 'question' },
  { id: 'watching', emoji: '👀', name: 'watching' },
] as const

/** One of {@link REACTIONS}' ids. */
export type ReactionId = (typeof REACTIONS)[number]['id']

/** One person's reaction to one note. */
export interface Reaction {
  noteId: string
  participantId: string
  reaction: ReactionId
  at: number
}

/** The key of a dot: a voter's dots are slots 0 … dots-1, so their number is bounded by the key alone. */
export function dotKey(voteId: string, voterKey: string, slot: number): string {
  return `${voteId}/${voterKey}/${slot}`
}

/** The key of a reaction: one of each kind per person and note. */
export function reactionKey(noteId: string, participantId: string, reaction: ReactionId): string {
  return `${noteId}/${participantId}/${reaction}`
}

/** True for one of the fixed reaction ids. */
export function isReactionId(value: unknown): value is ReactionId {
  return REACTIONS.some((r) => r.id === value)
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** A non-empty id without the key separator `/`, within the id limit. */
export function isVotingId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= VOTE_LIMITS.id && !value.includes('/')
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max
}

/** Narrows a stored value to a {@link Vote}, or null. */
export function readVote(value: unknown): Vote | null {
  const v = asObject(value)
  if (!v) return null
  const { id, title, noteIds, dots, per, results, status, openedAt, closedAt, scopeLabel } = v
  if (!isVotingId(id) || !isText(title, VOTE_LIMITS.title) || !isText(scopeLabel, VOTE_LIMITS.scopeLabel)) return null
  if (!Array.isArray(noteIds) || noteIds.length > VOTE_LIMITS.notes || !noteIds.every(isNoteId)) return null
  if (new Set(noteIds).size !== noteIds.length) return null
  if (typeof dots !== 'number' || !Number.isInteger(dots) || dots < VOTE_LIMITS.minDots || dots > VOTE_LIMITS.maxDots) return null
  if (per !== 'person' && per !== 'coop') return null
  if (results !== 'live' && results !== 'hidden') return null
  if (status !== 'open' && status !== 'closed') return null
  if (!isTime(openedAt)) return null
  if (status === 'open' ? closedAt !== null : !isTime(closedAt)) return null
  return { id, title, noteIds: [...noteIds], dots, per, results, status, openedAt, closedAt: closedAt as number | null, scopeLabel }
}

function isNoteId(value: unknown): value is string {
  return isVotingId(value) && value.startsWith('shape:')
}

/** Narrows a stored value to a {@link Dot}, or null. */
export function readDot(value: unknown): Dot | null {
  const v = asObject(value)
  if (!v) return null
  const { voteId, voterKey, participantId, noteId, at } = v
  if (!isVotingId(voteId) || !isVotingId(voterKey) || !isVotingId(participantId) || !isNoteId(noteId) || !isTime(at)) return null
  return { voteId, voterKey, participantId, noteId, at }
}

/** Narrows a stored value to a {@link Reaction}, or null. */
export function readReaction(value: unknown): Reaction | null {
  const v = asObject(value)
  if (!v) return null
  const { noteId, participantId, reaction, at } = v
  if (!isNoteId(noteId) || !isVotingId(participantId) || !isReactionId(reaction) || !isTime(at)) return null
  return { noteId, participantId, reaction, at }
}

/** The parts of a dot key, or null when it is not one (slot a non-negative integer without leading zeros). */
export function parseDotKey(key: string): { voteId: string; voterKey: string; slot: number } | null {
  const parts = key.split('/')
  if (parts.length !== 3) return null
  const [voteId, voterKey, slotText] = parts as [string, string, string]
  if (!/^(0|[1-9][0-9]?)$/.test(slotText)) return null
  return { voteId, voterKey, slot: Number(slotText) }
}
