/** Helpers for the breakout tests: a seeded random source, people in coops, a running session. */
import * as Y from 'yjs'
import { startSession, type StartPlan } from './session'
import type { BreakoutMember, BreakoutPerson, BreakoutSession } from './types'

/** A deterministic random source (mulberry32) for `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` people, p1…pN, each in the coop `coopOf(i)` (blank: none). */
export function people(count: number, coopOf: (i: number) => string = () => ''): BreakoutPerson[] {
  return Array.from({ length: count }, (_, i) => ({ id: `p${i + 1}`, name: `Person ${i + 1}`, coop: coopOf(i) }))
}

/** A member entry of `person` in `groupId`. */
export function memberIn(sessionId: string, person: BreakoutPerson, groupId: string, at = 0): BreakoutMember {
  return { sessionId, participantId: person.id, groupId, name: person.name, coop: person.coop, assignedBy: 'random', at }
}

/**
 * A plan for session `s1`: two groups (Housing, Energy) people choose, no seat limit, ten
 * minutes, on `page:page`, started at 1 ms; `overrides` change any part of it.
 */
export function sessionPlan(overrides: Partial<StartPlan> = {}): StartPlan {
  return {
    groupNames: ['Housing', 'Energy'],
    durationMs: 600_000,
    assignment: 'choose',
    spreadCoops: false,
    cap: null,
    people: [],
    pageId: 'page:page',
    now: 1,
    random: () => 0.5,
    sessionId: 's1',
    ...overrides,
  }
}

/**
 * A fresh board with a running "choose your group" session `s1` of two groups (Housing,
 * Energy), one seat each, started at 1000 ms; `overrides` change any part of the plan.
 */
export function startedSession(overrides: Partial<StartPlan> = {}): { doc: Y.Doc; session: BreakoutSession } {
  const doc = new Y.Doc()
  const session = startSession(doc, sessionPlan({ cap: 1, now: 1000, random: seededRandom(1), ...overrides }))
  return { doc, session }
}
