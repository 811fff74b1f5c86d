/**
 * What the server accepts in the voting maps, as pure functions over a structural input, so
 * clients can ask the same question before writing. Declared for the server in ./feature.ts
 * (value rules and change rules).
 *
 * Who a writer is comes from their presence (a claim, not a proof: links open a role, not a
 * person). The rules keep one connection from placing dots or reactions under an id its
 * presence does not claim, and, in a per-coop vote, for a coop its presence does not name.
 */
import type * as Y from 'yjs'
import type { Slot } from '../feature'
import type { Role } from '../protocol'
import { noteExists, readVotes } from './read'
import { dotKey, parseDotKey, reactionKey, readDot, readReaction, readVote, VOTES_MAP, type Dot, type Reaction, type Vote } from './types'

/** A map entry's value at one moment. */
export type EntrySlot = Slot

/** Who writes: the participant ids and coop ids their connection's presence claims. */
export interface VotingWriter {
  participantIds: ReadonlySet<string>
  /** Coop ids (coopIdFor of `user.coop`) the presence claims; absent: none. */
  coopIds?: ReadonlySet<string>
}

/** One change of an entry of a voting map, with the document as it will be after the update. */
export interface VotingChange {
  doc: Y.Doc
  key: string
  before: EntrySlot
  after: EntrySlot
  role: Role
  writer: VotingWriter
}

/** Why `value` may not be stored under `key` in the votes map, or null. */
export function voteValueProblem(key: string, value: unknown): string | null {
  const vote = readVote(value)
  if (!vote) return 'not a vote (id, title, noteIds, dots 1–20, per, results, status, openedAt, closedAt, scope)'
  return vote.id === key ? null : 'a vote is stored under its own id'
}

/** Why `value` may not be stored under `key` in the dots map, or null. */
export function dotValueProblem(key: string, value: unknown): string | null {
  const dot = readDot(value)
  if (!dot) return 'not a dot (voteId, voterKey, participantId, noteId, at)'
  const parts = parseDotKey(key)
  if (!parts || dotKey(dot.voteId, dot.voterKey, parts.slot) !== key) return 'a dot is stored under voteId/voterKey/slot'
  return null
}

/** Why `value` may not be stored under `key` in the reactions map, or null. */
export function reactionValueProblem(key: string, value: unknown): string | null {
  const reaction = readReaction(value)
  if (!reaction) return 'not a reaction (noteId, participantId, one of the fixed reactions, at)'
  return reactionKey(reaction.noteId, reaction.participantId, reaction.reaction) === key
    ? null
    : 'a reaction is stored under noteId/participantId/reaction'
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Why a change of the votes map may not be made, or null. A closed vote is final (it may only
 * be deleted as a whole); a vote starts open; at most one vote is open at a time.
 */
export function voteChangeProblem(change: VotingChange): string | null {
  const { before, after, doc, key } = change
  if (before.present && after.present && sameJson(before.value, after.value)) return null
  const previous = before.present ? readVote(before.value) : null
  if (previous?.status === 'closed' && after.present) return 'a closed vote cannot change'
  if (!after.present) return null
  const vote = readVote(after.value)
  if (!vote) return 'not a vote'
  if (!previous && vote.status !== 'open') return 'a vote starts open'
  if (vote.status === 'open') {
    const otherOpen = readVotes(doc).some((other) => other.id !== key && other.status === 'open')
    if (otherOpen) return 'another vote is open; close it first'
  }
  return null
}

function voteOf(doc: Y.Doc, voteId: string): Vote | null {
  return readVote(doc.getMap<unknown>(VOTES_MAP).get(voteId))
}

function removalProblem(dot: Dot, change: VotingChange): string | null {
  const vote = voteOf(change.doc, dot.voteId)
  // A vote that is gone (deleted with its dots, or never there) leaves dots anyone may clear.
  if (!vote) return null
  if (vote.status === 'closed') return 'the vote is closed'
  const { participantIds, coopIds } = change.writer
  if (participantIds.has(dot.participantId)) return null
  if (vote.per === 'coop' && coopIds?.has(dot.voterKey)) return null
  return vote.per === 'coop' ? "only a delegate of the dot's coop takes it back" : 'only whoever placed a dot takes it back'
}

function placementProblem(dot: Dot, slot: number, change: VotingChange): string | null {
  const vote = voteOf(change.doc, dot.voteId)
  if (!vote) return 'no such vote'
  if (vote.status !== 'open') return 'the vote is closed'
  if (!vote.noteIds.includes(dot.noteId)) return 'the note is not in the vote'
  if (slot >= vote.dots) return `only ${vote.dots} dots per voter`
  const { participantIds, coopIds } = change.writer
  if (!participantIds.has(dot.participantId)) return "a dot is placed in one's own name"
  if (vote.per === 'person') return dot.voterKey === dot.participantId ? null : 'in a per-person vote the voter is the participant'
  return coopIds?.has(dot.voterKey) ? null : "in a per-coop vote the voter is one's own coop"
}

/**
 * Why a change of the dots map may not be made, or null. Placing a dot: the vote is open, the
 * note is in it, the slot is below the vote's dots, the writer's presence claims the
 * participant (and, per coop, the coop). Taking one back: the vote is open and the dot is the
 * writer's own (per coop: their coop's). Replacing a dot is both.
 */
export function dotChangeProblem(change: VotingChange): string | null {
  const { before, after } = change
  if (before.present && after.present && sameJson(before.value, after.value)) return null
  if (before.present) {
    const previous = readDot(before.value)
    const problem = previous ? removalProblem(previous, change) : null
    if (problem) return problem
  }
  if (!after.present) return null
  const dot = readDot(after.value)
  const parts = parseDotKey(change.key)
  if (!dot || !parts) return 'not a dot'
  return placementProblem(dot, parts.slot, change)
}

function reactionRemovalProblem(reaction: Reaction, change: VotingChange): string | null {
  if (change.writer.participantIds.has(reaction.participantId)) return null
  // Reactions on a note that is gone are anyone's to clear.
  return noteExists(change.doc, reaction.noteId) ? 'only whoever reacted takes a reaction back' : null
}

/**
 * Why a change of the reactions map may not be made, or null: people add and remove only
 * their own reactions, on notes that exist.
 */
export function reactionChangeProblem(change: VotingChange): string | null {
  const { before, after } = change
  if (before.present && after.present && sameJson(before.value, after.value)) return null
  if (before.present) {
    const previous = readReaction(before.value)
    const problem = previous ? reactionRemovalProblem(previous, change) : null
    if (problem) return problem
  }
  if (!after.present) return null
  const reaction = readReaction(after.value)
  if (!reaction) return 'not a reaction'
  if (!change.writer.participantIds.has(reaction.participantId)) return "a reaction is made in one's own name"
  return noteExists(change.doc, reaction.noteId) ? null : 'no such note'
}
