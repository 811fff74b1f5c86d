/**
 * Counting dots and reactions: pure functions over plain data (a vote, its dots, reactions).
 */
import { coopIdFor } from '../corners/roster'
import type { PlacedDot } from './read'
import { REACTIONS, type Reaction, type ReactionId, type Vote } from './types'

/** One note's dots in a vote. */
export interface NoteTally {
  noteId: string
  dots: number
}

/**
 * Dots per note of `vote`, every note of the vote included (0 dots too), most dots first; ties
 * keep the order of the vote's notes, so every browser ranks them alike. Dots on notes that are
 * not in the vote do not count.
 */
export function voteTallies(vote: Vote, dots: readonly PlacedDot[]): NoteTally[] {
  const counts = new Map<string, number>(vote.noteIds.map((id) => [id, 0]))
  for (const dot of countedDots(vote, dots)) counts.set(dot.noteId, (counts.get(dot.noteId) ?? 0) + 1)
  const order = new Map(vote.noteIds.map((id, i) => [id, i]))
  return [...counts]
    .map(([noteId, count]) => ({ noteId, dots: count }))
    .sort((a, b) => b.dots - a.dots || (order.get(a.noteId) ?? 0) - (order.get(b.noteId) ?? 0))
}

/** The dots of `vote` that count: on its notes, in a slot below its number of dots. */
export function countedDots(vote: Vote, dots: readonly PlacedDot[]): PlacedDot[] {
  const notes = new Set(vote.noteIds)
  return dots.filter((dot) => dot.voteId === vote.id && dot.slot < vote.dots && notes.has(dot.noteId))
}

/** Who votes with a person's dots in `vote`: the person, or their coop's id (null: no coop, so no dots). */
export function voterKeyFor(vote: Pick<Vote, 'per'>, person: { id: string; coop: string }): string | null {
  if (vote.per === 'person') return person.id
  return person.coop.trim() === '' ? null : coopIdFor(person.coop)
}

/** The dots `voterKey` has placed in `vote`. */
export function dotsOf(vote: Vote, dots: readonly PlacedDot[], voterKey: string): PlacedDot[] {
  return countedDots(vote, dots).filter((dot) => dot.voterKey === voterKey)
}

/** How many dots `voterKey` still has in `vote`. */
export function dotsLeft(vote: Vote, dots: readonly PlacedDot[], voterKey: string): number {
  return Math.max(0, vote.dots - dotsOf(vote, dots, voterKey).length)
}

/**
 * The slot `voterKey`'s next dot goes in: the lowest free one, or null when every slot is used.
 * A slot is taken by any dot under its key, even one on a note no longer in the vote.
 */
export function nextSlot(vote: Vote, dots: readonly PlacedDot[], voterKey: string): number | null {
  const used = new Set(dots.filter((d) => d.voteId === vote.id && d.voterKey === voterKey).map((d) => d.slot))
  for (let slot = 0; slot < vote.dots; slot++) if (!used.has(slot)) return slot
  return null
}

/** Voters (participant or coop ids) with at least one dot in `vote`. */
export function votersWithDots(vote: Vote, dots: readonly PlacedDot[]): Set<string> {
  return new Set(countedDots(vote, dots).map((dot) => dot.voterKey))
}

/** One kind of reaction on a note: how many people, and whether `me` is one. */
export interface ReactionCount {
  reaction: ReactionId
  count: number
  mine: boolean
}

/**
 * Reactions on each note: note id → the kinds with at least one reaction, in the fixed order
 * of {@link REACTIONS}, with `mine` set for those `me` made.
 */
export function reactionCounts(reactions: readonly Reaction[], me: string | null): Map<string, ReactionCount[]> {
  const byNote = new Map<string, Map<ReactionId, ReactionCount>>()
  for (const r of reactions) {
    let kinds = byNote.get(r.noteId)
    if (!kinds) byNote.set(r.noteId, (kinds = new Map<ReactionId, ReactionCount>()))
    const entry = kinds.get(r.reaction) ?? { reaction: r.reaction, count: 0, mine: false }
    kinds.set(r.reaction, { ...entry, count: entry.count + 1, mine: entry.mine || r.participantId === me })
  }
  const result = new Map<string, ReactionCount[]>()
  for (const [noteId, kinds] of byNote) {
    result.set(
      noteId,
      REACTIONS.flatMap((kind) => kinds.get(kind.id) ?? []),
    )
  }
  return result
}
