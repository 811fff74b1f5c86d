import { describe, expect, it } from 'vitest'
import type { PlacedDot } from './read'
import { reactionCounts, dotsLeft, nextSlot, voterKeyFor, voteTallies, votersWithDots } from './tally'
import type { Reaction, Vote } from './types'

const vote: Vote = {
  id: 'v1',
  title: 'T',
  noteIds: ['shape:a', 'shape:b', 'shape:c'],
  dots: 2,
  per: 'person',
  results: 'live',
  status: 'open',
  openedAt: 1,
  closedAt: null,
  scope: { kind: 'selection' },
}

function dot(voterKey: string, slot: number, noteId: string, voteId = 'v1'): PlacedDot {
  return { voteId, voterKey, participantId: voterKey, noteId, at: slot, slot }
}

describe('voteTallies', () => {
  it('counts dots per note, most first, ties in the order of the vote', () => {
    const dots = [
      dot('ana', 0, 'shape:c'),
      dot('ana', 1, 'shape:b'),
      dot('luis', 0, 'shape:c'),
      dot('luis', 1, 'shape:b'),
      dot('eva', 0, 'shape:a'),
    ]
    expect(voteTallies(vote, dots)).toEqual([
      { noteId: 'shape:b', dots: 2 },
      { noteId: 'shape:c', dots: 2 },
      { noteId: 'shape:a', dots: 1 },
    ])
  })

  it('ignores dots of other votes, on notes outside the vote, and in slots beyond the dots', () => {
    const dots = [dot('ana', 0, 'shape:a', 'v2'), dot('ana', 0, 'shape:z'), dot('ana', 5, 'shape:a')]
    expect(voteTallies(vote, dots).map((t) => t.dots)).toEqual([0, 0, 0])
  })
})

describe('a voter’s dots', () => {
  it('counts dots left and picks the lowest free slot', () => {
    expect(dotsLeft(vote, [], 'ana')).toBe(2)
    expect(nextSlot(vote, [], 'ana')).toBe(0)
    const one = [dot('ana', 1, 'shape:a')]
    expect(dotsLeft(vote, one, 'ana')).toBe(1)
    expect(nextSlot(vote, one, 'ana')).toBe(0)
    const two = [...one, dot('ana', 0, 'shape:a')]
    expect(dotsLeft(vote, two, 'ana')).toBe(0)
    expect(nextSlot(vote, two, 'ana')).toBeNull()
    expect(dotsLeft(vote, two, 'luis')).toBe(2)
  })

  it('uses the participant in a per-person vote and the coop in a per-coop vote', () => {
    expect(voterKeyFor(vote, { id: 'p1', coop: 'Cooperativa Sur' })).toBe('p1')
    expect(voterKeyFor({ per: 'coop' }, { id: 'p1', coop: 'Cooperativa Súr' })).toBe('cooperativa-sur')
    expect(voterKeyFor({ per: 'coop' }, { id: 'p1', coop: '  ' })).toBeNull()
  })

  it('lists voters with at least one counted dot', () => {
    expect([...votersWithDots(vote, [dot('ana', 0, 'shape:a'), dot('ana', 1, 'shape:b'), dot('luis', 0, 'shape:z')])]).toEqual(['ana'])
  })
})

describe('reactionCounts', () => {
  it('counts each kind per note in the fixed order and marks mine', () => {
    const reactions: Reaction[] = [
      { noteId: 'shape:a', participantId: 'ana', reaction: 'question', at: 1 },
      { noteId: 'shape:a', participantId: 'luis', reaction: 'agree', at: 2 },
      { noteId: 'shape:a', participantId: 'ana', reaction: 'agree', at: 3 },
      { noteId: 'shape:b', participantId: 'luis', reaction: 'love', at: 4 },
    ]
    const counts = reactionCounts(reactions, 'ana')
    expect(counts.get('shape:a')).toEqual([
      { reaction: 'agree', count: 2, mine: true },
      { reaction: 'question', count: 1, mine: true },
    ])
    expect(counts.get('shape:b')).toEqual([{ reaction: 'love', count: 1, mine: false }])
    expect(counts.get('shape:c')).toBeUndefined()
  })
})
