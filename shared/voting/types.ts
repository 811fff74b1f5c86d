/**
 * Dot voting and reactions in a board document: the three named maps, the schemas of their
 * values with the types derived from them, and readers that narrow stored values. Pure data; the rules are in rules.ts, the counting
 * in tally.ts, the writes in actions.ts.
 */
import { z } from 'zod'
import { readWith, textUpTo, timeMs } from '../values'

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

// One pattern per id rather than chained checks: a vote's note ids are parsed on every dot
// placed, and one regex costs half of max + regex + startsWith.
/** A non-empty id without the key separator `/`, within the id limit (in UTF-16 units, as `length`). */
const votingId = z.string().regex(new RegExp(`^[^/]{1,${VOTE_LIMITS.id}}$`))

/** The id of a note (a tldraw shape id) as voting stores it: a voting id that starts with `shape:`. */
const noteId = z.string().regex(new RegExp(`^shape:[^/]{0,${VOTE_LIMITS.id - 'shape:'.length}}$`))

const votePer = z.enum(['person', 'coop'])

/** Whose dots a vote counts: each person's, or each coop's (its delegates share them). */
export type VotePer = z.infer<typeof votePer>

const voteResults = z.enum(['live', 'hidden'])

/** Whether tallies show while the vote is open. */
export type VoteResults = z.infer<typeof voteResults>

const voteStatus = z.enum(['open', 'closed'])

/** An open vote takes dots; a closed one is final. */
export type VoteStatus = z.infer<typeof voteStatus>

/** The kinds of frame a vote can take its notes from. */
export const SCOPE_FRAME_KINDS = ['corner', 'group', 'frame'] as const

/** A coop corner, a breakout group's area, or any other frame. */
export type ScopeFrameKind = (typeof SCOPE_FRAME_KINDS)[number]

/**
 * Where a vote's notes came from, stored as what it means so each reader sees it in their own
 * language: the selection, or a frame with its name when the vote was opened (the frame may
 * be renamed or deleted later; a blank name reads as "Untitled frame").
 */
export const voteScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('selection') }),
  z.object({ kind: z.enum(SCOPE_FRAME_KINDS), frameId: noteId, name: textUpTo(VOTE_LIMITS.scopeLabel) }),
])

/** Where a vote's notes came from. */
export type VoteScope = z.infer<typeof voteScopeSchema>

/** Schema of a {@link Vote}. */
export const voteSchema = z
  .object({
    id: votingId,
    title: textUpTo(VOTE_LIMITS.title),
    /** The notes it covers, resolved when it was opened; each once. */
    noteIds: z
      .array(noteId)
      .max(VOTE_LIMITS.notes)
      .refine((ids) => new Set(ids).size === ids.length),
    /** Dots per voter, 1 to 20. */
    dots: z.number().int().min(VOTE_LIMITS.minDots).max(VOTE_LIMITS.maxDots),
    per: votePer,
    results: voteResults,
    status: voteStatus,
    /** Client clock ms when it was opened and closed (null while open). */
    openedAt: timeMs,
    closedAt: timeMs.nullable(),
    /** Where the notes came from; votes opened before it existed have only {@link scopeLabel}. */
    scope: voteScopeSchema.optional(),
    /**
     * Read only: older versions stored the scope as a label in the opener's language
     * ("Corner: Cooperativa Sur"), shown as it is. New votes store {@link scope} instead.
     */
    scopeLabel: textUpTo(VOTE_LIMITS.scopeLabel).optional(),
  })
  .refine((vote) => (vote.status === 'open') === (vote.closedAt === null))
  // Every vote says where its notes came from: new ones by scope, older ones by their label.
  .refine((vote) => vote.scope !== undefined || vote.scopeLabel !== undefined)

/** One vote on a set of notes. */
export type Vote = z.infer<typeof voteSchema>

/** Schema of a {@link Dot}. */
export const dotSchema = z.object({
  voteId: votingId,
  /** Whose dot it is: the participant id, or the coop id in a per-coop vote. */
  voterKey: votingId,
  /** Who placed it. */
  participantId: votingId,
  noteId,
  at: timeMs,
})

/** One dot placed on a note. */
export type Dot = z.infer<typeof dotSchema>

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

const reactionId = z.literal(REACTIONS.map((r) => r.id))

/** Schema of a {@link Reaction}. */
export const reactionSchema = z.object({
  noteId,
  participantId: votingId,
  reaction: reactionId,
  at: timeMs,
})

/** One person's reaction to one note. */
export type Reaction = z.infer<typeof reactionSchema>

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
  return reactionId.safeParse(value).success
}

/** A non-empty id without the key separator `/`, within the id limit. */
export function isVotingId(value: unknown): value is string {
  return votingId.safeParse(value).success
}

/** Narrows a stored value to a {@link Vote}, or null. */
export const readVote = readWith(voteSchema)

/** Narrows a stored value to a {@link Dot}, or null. */
export const readDot = readWith(dotSchema)

/** Narrows a stored value to a {@link Reaction}, or null. */
export const readReaction = readWith(reactionSchema)

/** The parts of a dot key, or null when it is not one (slot a non-negative integer without leading zeros). */
export function parseDotKey(key: string): { voteId: string; voterKey: string; slot: number } | null {
  const parts = key.split('/')
  if (parts.length !== 3) return null
  const [voteId, voterKey, slotText] = parts as [string, string, string]
  if (!/^(0|[1-9][0-9]?)$/.test(slotText)) return null
  return { voteId, voterKey, slot: Number(slotText) }
}
