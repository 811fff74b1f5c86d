/** Sessions and members for the breakout client tests. */
import type { BreakoutMember, BreakoutSession } from '../../../shared/breakouts/types'

/** A running session with groups g1..gN whose areas are `area-g1`, … */
export function testSession(overrides: Partial<BreakoutSession> = {}, groups = 3): BreakoutSession {
  return {
    id: 's1',
    status: 'running',
    assignment: 'random',
    spreadCoops: false,
    cap: null,
    groups: Array.from({ length: groups }, (_, i) => ({ id: `g${i + 1}`, name: `Group ${i + 1}`, areaId: `shape:area-g${i + 1}` })),
    timer: { durationMs: 600_000, endsAt: 1_600_000, pausedRemainingMs: null },
    message: null,
    pageId: 'page:page',
    startedAt: 1_000_000,
    endedAt: null,
    reportBack: null,
    ...overrides,
  }
}

/** A member of session `s1`. */
export function testMember(participantId: string, groupId: string, coop = '', sessionId = 's1'): BreakoutMember {
  return { sessionId, participantId, groupId, name: participantId.toUpperCase(), coop, assignedBy: 'random', at: 1_000_000 }
}
