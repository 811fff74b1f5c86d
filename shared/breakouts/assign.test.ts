import { describe, expect, it } from 'vitest'
import { assignRandom, groupSizes, hasRoom, placeLateJoiner, shuffled } from './assign'
import { memberIn, people, seededRandom } from './testing'
import type { BreakoutSession } from './types'

const groupIds = (count: number): string[] => Array.from({ length: count }, (_, i) => `g${i + 1}`)

function sizesOf(assignment: Map<string, string>, groups: readonly string[]): number[] {
  return groups.map((g) => [...assignment.values()].filter((v) => v === g).length)
}

function session(overrides: Partial<BreakoutSession> = {}): BreakoutSession {
  return {
    id: 's1',
    status: 'running',
    assignment: 'choose',
    spreadCoops: false,
    cap: 2,
    groups: groupIds(3).map((id) => ({ id, name: id, areaId: `shape:breakout-s1-${id}` })),
    timer: { durationMs: 1000, endsAt: 1000, pausedRemainingMs: null },
    message: null,
    pageId: 'page:page',
    startedAt: 0,
    endedAt: null,
    reportBack: null,
    ...overrides,
  }
}

describe('assignRandom', () => {
  it('places everyone, with sizes differing by at most one, for many people/group counts and seeds', () => {
    for (let n = 0; n <= 53; n += 1) {
      for (const g of [1, 2, 3, 4, 5, 7, 10, 30]) {
        for (const seed of [1, 2, 3]) {
          for (const spreadCoops of [false, true]) {
            const groups = groupIds(g)
            const assignment = assignRandom(
              people(n, (i) => `Coop ${i % 5}`),
              groups,
              { spreadCoops, random: seededRandom(seed) },
            )
            expect(assignment.size).toBe(n)
            const sizes = sizesOf(assignment, groups)
            expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
          }
        }
      }
    }
  })

  it('spreads 3 coops × 4 delegates into 4 groups with no group holding two of one coop', () => {
    const delegates = people(12, (i) => ['Sur', 'Norte', 'Este'][i % 3] ?? '')
    for (let seed = 1; seed <= 50; seed++) {
      const assignment = assignRandom(delegates, groupIds(4), { spreadCoops: true, random: seededRandom(seed) })
      for (const g of groupIds(4)) {
        const coops = delegates.filter((p) => assignment.get(p.id) === g).map((p) => p.coop)
        expect(new Set(coops).size).toBe(coops.length)
      }
    }
  })

  it('spreads a coop larger than the group count as evenly as the sizes allow', () => {
    // 7 of one coop, 3 without one, into 3 groups: at most ⌈7/3⌉ = 3 of the coop per group.
    const mixed = people(10, (i) => (i < 7 ? 'Sur' : ''))
    for (let seed = 1; seed <= 30; seed++) {
      const assignment = assignRandom(mixed, groupIds(3), { spreadCoops: true, random: seededRandom(seed) })
      const perGroup = groupIds(3).map((g) => mixed.filter((p) => p.coop === 'Sur' && assignment.get(p.id) === g).length)
      expect(Math.max(...perGroup)).toBeLessThanOrEqual(3)
      expect(Math.min(...perGroup)).toBeGreaterThanOrEqual(2)
    }
  })

  it('compares coops by coop id (case and accents) and keeps people without a coop together freely', () => {
    const delegates = [
      { id: 'a', name: 'A', coop: 'Cooperativa Súr' },
      { id: 'b', name: 'B', coop: 'cooperativa sur' },
      { id: 'c', name: 'C', coop: '' },
      { id: 'd', name: 'D', coop: '  ' },
    ]
    for (let seed = 1; seed <= 20; seed++) {
      const assignment = assignRandom(delegates, ['g1', 'g2'], { spreadCoops: true, random: seededRandom(seed) })
      expect(assignment.get('a')).not.toBe(assignment.get('b'))
    }
  })

  it('is deterministic for a seed, differs between seeds, and places a repeated person once', () => {
    const crowd = people(20)
    const first = assignRandom(crowd, groupIds(4), { spreadCoops: false, random: seededRandom(7) })
    expect(assignRandom(crowd, groupIds(4), { spreadCoops: false, random: seededRandom(7) })).toEqual(first)
    expect(assignRandom(crowd, groupIds(4), { spreadCoops: false, random: seededRandom(8) })).not.toEqual(first)
    const twice = assignRandom([...people(3), ...people(3)], groupIds(3), { spreadCoops: false, random: seededRandom(1) })
    expect(sizesOf(twice, groupIds(3))).toEqual([1, 1, 1])
  })

  it('assigns nobody without groups, and shuffles without losing anyone', () => {
    expect(assignRandom(people(3), [], { spreadCoops: false, random: seededRandom(1) }).size).toBe(0)
    expect(shuffled([1, 2, 3, 4, 5], seededRandom(3)).sort()).toEqual([1, 2, 3, 4, 5])
    // A random source returning 1 (out of contract) must not index past the end.
    expect(shuffled([1, 2, 3], () => 1).sort()).toEqual([1, 2, 3])
  })
})

describe('placeLateJoiner', () => {
  const [a, b, c, d, e] = people(5, (i) => ['Sur', 'Norte', 'Sur', 'Norte', 'Sur'][i] ?? '')
  if (!a || !b || !c || !d || !e) throw new Error('people')

  it('picks the smallest group, the first one on a tie', () => {
    const members = [memberIn('s1', a, 'g1'), memberIn('s1', b, 'g1'), memberIn('s1', c, 'g2')]
    expect(placeLateJoiner(e, groupIds(3), members, { spreadCoops: false })).toBe('g3')
    expect(placeLateJoiner(e, groupIds(2), [memberIn('s1', a, 'g1'), memberIn('s1', b, 'g2')], { spreadCoops: false })).toBe('g1')
  })

  it('with spreading, breaks a tie toward the group with fewest of their coop', () => {
    const members = [memberIn('s1', a, 'g1'), memberIn('s1', b, 'g2')]
    // e is in Sur, like a (g1): g2 wins the tie.
    expect(placeLateJoiner(e, groupIds(2), members, { spreadCoops: true })).toBe('g2')
    expect(placeLateJoiner(e, groupIds(2), members, { spreadCoops: false })).toBe('g1')
  })

  it('skips full groups and returns null when all are at the cap; ignores their own entry', () => {
    const members = [memberIn('s1', a, 'g1'), memberIn('s1', b, 'g2'), memberIn('s1', c, 'g2')]
    expect(placeLateJoiner(e, groupIds(2), members, { spreadCoops: false, cap: 1 })).toBeNull()
    expect(placeLateJoiner(e, groupIds(2), members, { spreadCoops: false, cap: 2 })).toBe('g1')
    expect(placeLateJoiner(a, groupIds(2), members, { spreadCoops: false, cap: 1 })).toBe('g1')
    expect(placeLateJoiner(e, [], members, { spreadCoops: false })).toBeNull()
  })
})

describe('groupSizes and hasRoom', () => {
  const [a, b, c] = people(3)
  if (!a || !b || !c) throw new Error('people')
  const members = [memberIn('s1', a, 'g1'), memberIn('s1', b, 'g1'), memberIn('s1', c, 'other')]

  it('counts members of the given groups only', () => {
    expect(groupSizes(groupIds(3), members)).toEqual(
      new Map([
        ['g1', 2],
        ['g2', 0],
        ['g3', 0],
      ]),
    )
  })

  it('says a group at its cap has no room, except for someone already in it', () => {
    expect(hasRoom(session(), members, 'g1')).toBe(false)
    expect(hasRoom(session(), members, 'g2')).toBe(true)
    expect(hasRoom(session(), members, 'g1', a.id)).toBe(true)
    expect(hasRoom(session({ cap: null }), members, 'g1')).toBe(true)
    expect(hasRoom(session(), members, 'nope')).toBe(false)
  })
})
