import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  callChangeProblem,
  callProblem,
  memberChangeProblem,
  memberProblem,
  rapporteurChangeProblem,
  rapporteurProblem,
  sessionProblem,
  type BreakoutChange,
  type EntrySlot,
} from './rules'
import { endSession, membersMap, rapporteursMap, readSessionById } from './session'
import { memberIn, people, startedSession } from './testing'
import { groupKey, memberKey, type BreakoutMember, type BreakoutPerson } from './types'

const crowd = people(4, (i) => ['Sur', 'Norte', 'Este', 'Sur'][i] ?? '')
const personAt = (i: number): BreakoutPerson => {
  const person = crowd[i]
  if (!person) throw new Error(`no person ${i}`)
  return person
}
const [ana, bo, cy, dee] = [personAt(0), personAt(1), personAt(2), personAt(3)]

const started = startedSession

const absent: EntrySlot = { present: false }
const present = (value: unknown): EntrySlot => ({ present: true, value })

/** Writes `value` (or deletes) under `key` of `map` and returns the change as the server reviews it. */
function change(doc: Y.Doc, map: Y.Map<unknown>, key: string, value: unknown, writerIds: string[], role = 'participant'): BreakoutChange {
  const before = map.has(key) ? present(map.get(key)) : absent
  if (value === undefined) map.delete(key)
  else map.set(key, value)
  return { doc, key, before, after: value === undefined ? absent : present(value), role, writer: { participantIds: new Set(writerIds) } }
}

function join(doc: Y.Doc, member: BreakoutMember, writerIds: string[], role = 'participant'): string | null {
  return memberChangeProblem(change(doc, membersMap(doc), memberKey(member.sessionId, member.participantId), member, writerIds, role))
}

describe('value rules', () => {
  const { session } = started()

  it('accept what the session functions write', () => {
    expect(sessionProblem('s1', session)).toBeNull()
    expect(memberProblem('s1/p1', memberIn('s1', ana, 'g1'))).toBeNull()
    expect(rapporteurProblem('s1/g1', { sessionId: 's1', groupId: 'g1', participantId: 'p1', name: 'Ana', coop: 'Sur', at: 1 })).toBeNull()
    expect(callProblem('s1/g1', { sessionId: 's1', groupId: 'g1', from: 'Ana · Sur', at: 1 })).toBeNull()
  })

  it.each<[string, string, unknown]>([
    ['junk', 's1', 'a string'],
    ['wrong key', 'other', session],
    ['bad id', 's/1', { ...session, id: 's/1' }],
    ['duplicate group ids', 's1', { ...session, groups: [session.groups[0], session.groups[0]] }],
    ['wrong area id', 's1', { ...session, groups: [{ ...session.groups[0], areaId: 'shape:elsewhere' }] }],
    ['no groups', 's1', { ...session, groups: [] }],
    ['long group name', 's1', { ...session, groups: [{ ...session.groups[0], name: 'x'.repeat(81) }] }],
    ['cap over the limit', 's1', { ...session, cap: 501 }],
    ['duration over 4 hours', 's1', { ...session, timer: { ...session.timer, durationMs: 5 * 3_600_000 } }],
    ['running and paused at once', 's1', { ...session, timer: { ...session.timer, pausedRemainingMs: 5 } }],
    ['long message', 's1', { ...session, message: { text: 'x'.repeat(281), at: 1, from: 'F' } }],
    ['ended without endedAt', 's1', { ...session, status: 'ended' }],
    ['report-back of unknown group', 's1', { ...session, reportBack: { order: ['g9'], current: 0 } }],
    ['report-back turn out of range', 's1', { ...session, reportBack: { order: ['g1'], current: 1 } }],
    ['unknown assignment', 's1', { ...session, assignment: 'lottery' }],
  ])('refuse a session with %s', (_what, key, value) => {
    expect(sessionProblem(key, value)).not.toBeNull()
  })

  it('refuse members, rapporteurs and calls under the wrong key, with bad names or shapes', () => {
    const member = memberIn('s1', ana, 'g1')
    expect(memberProblem('s1/p2', member)).not.toBeNull()
    expect(memberProblem('s1/p1', { ...member, name: '' })).not.toBeNull()
    expect(memberProblem('s1/p1', { ...member, name: 'x'.repeat(61) })).not.toBeNull()
    expect(memberProblem('s1/p1', { ...member, coop: 'x'.repeat(81) })).not.toBeNull()
    expect(memberProblem('s1/p1', { ...member, assignedBy: 'bribe' })).not.toBeNull()
    const rapporteur = { sessionId: 's1', groupId: 'g1', participantId: 'p1', name: 'Ana', coop: 'Sur', at: 1 }
    expect(rapporteurProblem('s1/g2', rapporteur)).not.toBeNull()
    expect(rapporteurProblem('s1/g1', { ...rapporteur, at: 'now' })).not.toBeNull()
    expect(callProblem('s1/g1', { sessionId: 's1', groupId: 'g1', from: '', at: 1 })).not.toBeNull()
    expect(callProblem('s1/g2', { sessionId: 's1', groupId: 'g1', from: 'Ana', at: 1 })).not.toBeNull()
  })
})

describe('member change rules', () => {
  it('in choose mode let a participant join and move only themselves, within the cap', () => {
    const { doc } = started()
    expect(join(doc, { ...memberIn('s1', ana, 'g1'), assignedBy: 'choice' }, [ana.id])).toBeNull()
    expect(join(doc, { ...memberIn('s1', bo, 'g1'), assignedBy: 'choice' }, [bo.id])).toBe('that group is full')
    expect(join(doc, { ...memberIn('s1', cy, 'g2'), assignedBy: 'choice' }, [ana.id])).toMatch(/only themselves/)
    expect(join(doc, { ...memberIn('s1', ana, 'g1'), at: 5 }, [ana.id])).toBeNull() // staying in a full group
    expect(join(doc, { ...memberIn('s1', ana, 'g9') }, [ana.id])).toMatch(/no such group/)
    expect(memberChangeProblem(change(doc, membersMap(doc), 's1/p1', undefined, [ana.id]))).toMatch(/only facilitators/)
  })

  it('in other modes let a participant only add themselves as a late joiner to a smallest group', () => {
    // The helper leaves each write in the document, refused or not: one fresh board per check.
    const board = () => started({ assignment: 'random', cap: null, people: [ana, bo, cy] }).doc
    const groupOf = (doc: Y.Doc, id: string) => (membersMap(doc).get(memberKey('s1', id)) as BreakoutMember).groupId
    // The same seed gives the same split every time: 3 people in 2 groups, one group has 1.
    const first = board()
    const sizeOf = (g: string) => [ana, bo, cy].filter((p) => groupOf(first, p.id) === g).length
    const smallest = sizeOf('g1') === 1 ? 'g1' : 'g2'
    const largest = smallest === 'g1' ? 'g2' : 'g1'
    expect(join(board(), { ...memberIn('s1', dee, largest), assignedBy: 'late' }, [dee.id])).toMatch(/smallest/)
    expect(join(board(), { ...memberIn('s1', dee, smallest), assignedBy: 'choice' }, [dee.id])).toMatch(/late joiner/)
    expect(join(board(), { ...memberIn('s1', dee, smallest), assignedBy: 'late' }, [dee.id])).toBeNull()
    // Someone already placed may not move themselves.
    const moved = groupOf(first, ana.id) === 'g1' ? 'g2' : 'g1'
    expect(join(board(), { ...memberIn('s1', ana, moved), assignedBy: 'late' }, [ana.id])).toMatch(/only facilitators move/)
  })

  it('refuse joining an ended or unknown session; let facilitators do anything', () => {
    const { doc } = started()
    endSession(doc, 's1', 2000)
    expect(join(doc, { ...memberIn('s1', ana, 'g1'), assignedBy: 'choice' }, [ana.id])).toMatch(/ended/)
    expect(join(doc, { ...memberIn('s9', ana, 'g1'), assignedBy: 'choice' }, [ana.id])).toMatch(/no such/)
    expect(join(doc, { ...memberIn('s1', bo, 'g1'), assignedBy: 'facilitator' }, [], 'facilitator')).toBeNull()
  })
})

describe('rapporteur and call change rules', () => {
  function withMembers(): Y.Doc {
    const { doc } = started({ cap: null })
    for (const [person, group] of [
      [ana, 'g1'],
      [bo, 'g1'],
      [cy, 'g2'],
    ] as const)
      membersMap(doc).set(memberKey('s1', person.id), memberIn('s1', person, group))
    return doc
  }
  const rapporteur = (person: typeof ana, groupId: string) => ({
    sessionId: 's1',
    groupId,
    participantId: person.id,
    name: person.name,
    coop: person.coop,
    at: 1,
  })

  it('let a member of a group choose one of its members as rapporteur, and nobody else', () => {
    const doc = withMembers()
    const map = rapporteursMap(doc)
    expect(rapporteurChangeProblem(change(doc, map, groupKey('s1', 'g1'), rapporteur(bo, 'g1'), [ana.id]))).toBeNull()
    expect(rapporteurChangeProblem(change(doc, map, groupKey('s1', 'g1'), rapporteur(cy, 'g1'), [ana.id]))).toMatch(/must be a member/)
    expect(rapporteurChangeProblem(change(doc, map, groupKey('s1', 'g1'), rapporteur(ana, 'g1'), [cy.id]))).toMatch(/only members/)
    expect(rapporteurChangeProblem(change(doc, map, groupKey('s1', 'g2'), undefined, [ana.id]))).toMatch(/only members/)
    expect(rapporteurChangeProblem(change(doc, map, groupKey('s1', 'g1'), undefined, [bo.id]))).toBeNull()
  })

  it('let a rapporteur step down even after leaving the group', () => {
    const doc = withMembers()
    rapporteursMap(doc).set(groupKey('s1', 'g1'), rapporteur(ana, 'g1'))
    membersMap(doc).set(memberKey('s1', ana.id), memberIn('s1', ana, 'g2'))
    expect(rapporteurChangeProblem(change(doc, rapporteursMap(doc), groupKey('s1', 'g1'), undefined, [ana.id]))).toBeNull()
  })

  it('let members call the facilitator to their own group only, while the session runs', () => {
    const doc = withMembers()
    const calls = doc.getMap('plenary:breakoutCalls')
    const call = (groupId: string) => ({ sessionId: 's1', groupId, from: 'Ana · Sur', at: 5 })
    expect(callChangeProblem(change(doc, calls, 's1/g1', call('g1'), [ana.id]))).toBeNull()
    expect(callChangeProblem(change(doc, calls, 's1/g2', call('g2'), [ana.id]))).toMatch(/only members/)
    expect(callChangeProblem(change(doc, calls, 's1/g1', undefined, [ana.id]))).toMatch(/only facilitators/)
    expect(callChangeProblem(change(doc, calls, 's1/g1', undefined, [], 'facilitator'))).toBeNull()
    endSession(doc, 's1', 9)
    expect(readSessionById(doc, 's1')?.status).toBe('ended')
    expect(callChangeProblem(change(doc, calls, 's1/g1', call('g1'), [ana.id]))).toMatch(/ended/)
  })
})
