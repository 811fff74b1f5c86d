/**
 * Reading the voting maps of a board document: every stored value is narrowed, and values that
 * do not read as their type are skipped (the server refuses them, but a document may be older
 * than a rule).
 */
import type * as Y from 'yjs'
import { asStoredRecord, recordsMap } from '../boardDoc'
import {
  DOTS_MAP,
  parseDotKey,
  REACTIONS_MAP,
  readDot,
  readReaction,
  readVote,
  VOTES_MAP,
  type Dot,
  type Reaction,
  type Vote,
} from './types'

/** A dot with the slot its key gives it. */
export interface PlacedDot extends Dot {
  slot: number
}

/** Every vote of the board, oldest first (ties by id). */
export function readVotes(doc: Y.Doc): Vote[] {
  const votes: Vote[] = []
  doc.getMap<unknown>(VOTES_MAP).forEach((value) => {
    const vote = readVote(value)
    if (vote) votes.push(vote)
  })
  return votes.sort((a, b) => a.openedAt - b.openedAt || a.id.localeCompare(b.id))
}

/** The vote with id `voteId`, or null. */
export function readVoteById(doc: Y.Doc, voteId: string): Vote | null {
  return readVote(doc.getMap<unknown>(VOTES_MAP).get(voteId))
}

/** The open vote, or null (there is at most one; the server refuses a second). */
export function openVote(doc: Y.Doc): Vote | null {
  return readVotes(doc).find((vote) => vote.status === 'open') ?? null
}

/** The dots of vote `voteId`, with their slots. */
export function readDots(doc: Y.Doc, voteId: string): PlacedDot[] {
  const dots: PlacedDot[] = []
  doc.getMap<unknown>(DOTS_MAP).forEach((value, key) => {
    const dot = readDot(value)
    const parts = parseDotKey(key)
    if (dot && parts && dot.voteId === voteId) dots.push({ ...dot, slot: parts.slot })
  })
  return dots
}

/** Every reaction on the board. */
export function readReactions(doc: Y.Doc): Reaction[] {
  const reactions: Reaction[] = []
  doc.getMap<unknown>(REACTIONS_MAP).forEach((value) => {
    const reaction = readReaction(value)
    if (reaction) reactions.push(reaction)
  })
  return reactions
}

/** True when the board holds a sticky note with id `noteId`. */
export function noteExists(doc: Y.Doc, noteId: string): boolean {
  const record = asStoredRecord(recordsMap(doc).get(noteId))
  return record !== null && record.typeName === 'shape' && record.type === 'note'
}

/** Every dot on the board, of every vote, with their slots. */
export function readAllDots(doc: Y.Doc): PlacedDot[] {
  const dots: PlacedDot[] = []
  doc.getMap<unknown>(DOTS_MAP).forEach((value, key) => {
    const dot = readDot(value)
    const parts = parseDotKey(key)
    if (dot && parts && dot.voteId === parts.voteId && dot.voterKey === parts.voterKey) dots.push({ ...dot, slot: parts.slot })
  })
  return dots
}
