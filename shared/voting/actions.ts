/**
 * Writing votes, dots and reactions into a board document. Call inside one transaction
 * (FeatureDoc.write). Each function checks what the server would refuse and says why instead
 * of writing, so the UI can tell people before the server undoes it.
 */
import type * as Y from 'yjs'
import { openVote, readDots, readReactions, readVoteById } from './read'
import { dotsOf, nextSlot, voterKeyFor } from './tally'
import {
  dotKey,
  DOTS_MAP,
  reactionKey,
  REACTIONS_MAP,
  VOTE_LIMITS,
  VOTES_MAP,
  type Dot,
  type ReactionId,
  type Vote,
  type VotePer,
  type VoteScope,
  type VoteResults,
} from './types'

/** What a facilitator chooses when opening a vote. */
export interface VoteOptions {
  id: string
  title: string
  noteIds: readonly string[]
  dots: number
  per: VotePer
  results: VoteResults
  /** Where the notes came from, worded by each reader. */
  scope: VoteScope
  now: number
}

/** A person placing or taking back dots. */
export interface Voter {
  id: string
  coop: string
}

/**
 * `text` within `max` UTF-16 units, the unit the vote's schema counts, cut between characters:
 * a cut between the two halves of an emoji would store half a character.
 */
function cutTo(text: string, max: number): string {
  let out = ''
  for (const char of text) {
    if (out.length + char.length > max) break
    out += char
  }
  return out
}

/** Opens a vote. Throws when another vote is open, or the options break the vote limits. */
export function startVote(doc: Y.Doc, options: VoteOptions): Vote {
  if (openVote(doc)) throw new Error('Another vote is open; close it first.')
  if (options.noteIds.length === 0) throw new Error('A vote needs at least one note.')
  if (options.noteIds.length > VOTE_LIMITS.notes) throw new Error(`A vote covers at most ${VOTE_LIMITS.notes} notes.`)
  if (!Number.isInteger(options.dots) || options.dots < VOTE_LIMITS.minDots || options.dots > VOTE_LIMITS.maxDots) {
    throw new Error(`Dots per voter: ${VOTE_LIMITS.minDots} to ${VOTE_LIMITS.maxDots}.`)
  }
  const vote: Vote = {
    id: options.id,
    title: cutTo(options.title.trim(), VOTE_LIMITS.title),
    noteIds: [...new Set(options.noteIds)],
    dots: options.dots,
    per: options.per,
    results: options.results,
    status: 'open',
    openedAt: options.now,
    closedAt: null,
    scope:
      options.scope.kind === 'selection' ? options.scope : { ...options.scope, name: cutTo(options.scope.name, VOTE_LIMITS.scopeLabel) },
  }
  doc.getMap<unknown>(VOTES_MAP).set(vote.id, vote)
  return vote
}

/** Closes vote `voteId`: its dots are final. Does nothing when it is not open. */
export function closeVote(doc: Y.Doc, voteId: string, now: number): void {
  const vote = readVoteById(doc, voteId)
  if (!vote || vote.status !== 'open') return
  doc.getMap<unknown>(VOTES_MAP).set(voteId, { ...vote, status: 'closed', closedAt: now })
}

/** Deletes vote `voteId` and its dots. */
export function deleteVote(doc: Y.Doc, voteId: string): void {
  const dots = doc.getMap<unknown>(DOTS_MAP)
  for (const dot of readDots(doc, voteId)) dots.delete(dotKey(dot.voteId, dot.voterKey, dot.slot))
  doc.getMap<unknown>(VOTES_MAP).delete(voteId)
}

/** Why `voter` cannot place a dot on `noteId` in vote `voteId` now, or null when they can. */
export function dotProblem(doc: Y.Doc, voteId: string, voter: Voter, noteId: string): string | null {
  const vote = readVoteById(doc, voteId)
  if (!vote) return 'There is no such vote.'
  if (vote.status !== 'open') return 'The vote is closed.'
  if (!vote.noteIds.includes(noteId)) return 'This note is not in the vote.'
  const voterKey = voterKeyFor(vote, voter)
  if (voterKey === null) return 'Votes are per coop: choose your coop to vote.'
  return nextSlot(vote, readDots(doc, voteId), voterKey) === null ? 'No dots left.' : null
}

/** Places one of `voter`'s dots on `noteId`. Returns why not (and writes nothing), or null. */
export function placeDot(doc: Y.Doc, voteId: string, voter: Voter, noteId: string, now: number): string | null {
  const problem = dotProblem(doc, voteId, voter, noteId)
  const vote = readVoteById(doc, voteId)
  const voterKey = vote ? voterKeyFor(vote, voter) : null
  if (problem || !vote || voterKey === null) return problem ?? 'There is no such vote.'
  const slot = nextSlot(vote, readDots(doc, voteId), voterKey)
  if (slot === null) return 'No dots left.'
  const dot: Dot = { voteId, voterKey, participantId: voter.id, noteId, at: now }
  doc.getMap<unknown>(DOTS_MAP).set(dotKey(voteId, voterKey, slot), dot)
  return null
}

/**
 * Takes back one of `voter`'s dots on `noteId` (per coop: one of the coop's, preferring those
 * `voter` placed; the latest first). Returns why not, or null.
 */
export function takeBackDot(doc: Y.Doc, voteId: string, voter: Voter, noteId: string): string | null {
  const vote = readVoteById(doc, voteId)
  if (!vote) return 'There is no such vote.'
  if (vote.status !== 'open') return 'The vote is closed.'
  const voterKey = voterKeyFor(vote, voter)
  if (voterKey === null) return 'Votes are per coop: choose your coop to vote.'
  const mine = dotsOf(vote, readDots(doc, voteId), voterKey)
    .filter((dot) => dot.noteId === noteId)
    .sort((a, b) => Number(b.participantId === voter.id) - Number(a.participantId === voter.id) || b.at - a.at || b.slot - a.slot)
  const dot = mine[0]
  if (!dot) return 'You have no dot on this note.'
  doc.getMap<unknown>(DOTS_MAP).delete(dotKey(voteId, voterKey, dot.slot))
  return null
}

/** Adds `participantId`'s `reaction` to `noteId`, or takes it back when it is there. */
export function toggleReaction(doc: Y.Doc, noteId: string, participantId: string, reaction: ReactionId, now: number): void {
  const reactions = doc.getMap<unknown>(REACTIONS_MAP)
  const key = reactionKey(noteId, participantId, reaction)
  if (reactions.has(key)) reactions.delete(key)
  else reactions.set(key, { noteId, participantId, reaction, at: now })
}

/** True when `participantId` has reacted to `noteId` with `reaction`. */
export function hasReacted(doc: Y.Doc, noteId: string, participantId: string, reaction: ReactionId): boolean {
  return readReactions(doc).some((r) => r.noteId === noteId && r.participantId === participantId && r.reaction === reaction)
}
