import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap, type StoredRecord } from '../boardDoc'
import { shapeBox } from '../shapeBounds'
import { boxesOverlap } from '../geometry'
import { createNoteRecord } from '../notes'
import { readFollow, setFollow } from '../stage/stage'
import { areaIdFor } from './areas'
import { callProblem, memberProblem, rapporteurProblem, sessionProblem } from './rules'
import {
  answerCall,
  assignMember,
  broadcastMessage,
  callFacilitator,
  currentSession,
  defaultGroupNames,
  endReportBack,
  endSession,
  groupNotes,
  memberOf,
  passFloor,
  readCalls,
  readMembers,
  readRapporteurs,
  readSessions,
  removeMember,
  setRapporteur,
  startReportBack,
  startSession,
  updateTimer,
  newSessionId,
  type StartPlan,
} from './session'
import { people, seededRandom } from './testing'
import { addTime, pauseTimer, remainingMs } from './timer'
import { BREAKOUT_CALLS_MAP, BREAKOUT_MEMBERS_MAP, BREAKOUTS_MAP, RAPPORTEURS_MAP } from './types'

const schema = createTLSchema()
const MIN = 60_000

function plan(overrides: Partial<StartPlan> = {}): StartPlan {
  return {
    groupNames: defaultGroupNames(3),
    durationMs: 15 * MIN,
    assignment: 'random',
    spreadCoops: true,
    cap: null,
    people: people(8, (i) => ['Sur', 'Norte', 'Este'][i % 3] ?? ''),
    pageId: 'page:page',
    now: 1_000_000,
    random: seededRandom(42),
    sessionId: 's1',
    ...overrides,
  }
}

function write<T>(doc: Y.Doc, change: (doc: Y.Doc) => T): T {
  let result: T | undefined
  doc.transact(() => {
    result = change(doc)
  })
  return result as T
}

/** Every entry of every breakout map passes the server's value rules. */
function expectValidEntries(doc: Y.Doc): void {
  const rules: [string, (key: string, value: unknown) => string | null][] = [
    [BREAKOUTS_MAP, sessionProblem],
    [BREAKOUT_MEMBERS_MAP, memberProblem],
    [RAPPORTEURS_MAP, rapporteurProblem],
    [BREAKOUT_CALLS_MAP, callProblem],
  ]
  for (const [map, rule] of rules) doc.getMap(map).forEach((value, key) => expect(rule(key, value), `${map} ${key}`).toBeNull())
}

function recordOf(doc: Y.Doc, id: string): Record<string, unknown> {
  return recordsMap(doc).get(id) as Record<string, unknown>
}

describe('startSession', () => {
  it('creates a running session, one valid area frame per group, balanced members and a rapporteur per group', () => {
    const doc = new Y.Doc()
    const existing = createNoteRecord({ id: 'shape:old', x: 0, y: 0, index: 'a5', text: 'agenda' })
    recordsMap(doc).set(existing.id, existing)
    const session = write(doc, (d) => startSession(d, plan()))
    expect(session).toMatchObject({ id: 's1', status: 'running', assignment: 'random', startedAt: 1_000_000, endedAt: null })
    expect(session.groups.map((g) => [g.id, g.name, g.areaId])).toEqual([
      ['g1', 'Group 1', areaIdFor('s1', 'g1')],
      ['g2', 'Group 2', areaIdFor('s1', 'g2')],
      ['g3', 'Group 3', areaIdFor('s1', 'g3')],
    ])
    expect(remainingMs(session.timer, 1_000_000 + 5 * MIN)).toBe(10 * MIN)
    expect(currentSession(doc)?.id).toBe('s1')

    const oldBox = shapeBox(existing)
    for (const group of session.groups) {
      const frame = recordOf(doc, group.areaId)
      expect(() => schema.types.shape.validate(frame)).not.toThrow()
      expect((frame.index as string) > 'a5').toBe(true)
      expect((frame.props as Record<string, unknown>).name).toBe(group.name)
      if (oldBox) expect(boxesOverlap(shapeBox(frame as StoredRecord) ?? oldBox, oldBox)).toBe(false)
    }

    const members = readMembers(doc, 's1')
    expect(members).toHaveLength(8)
    expect(members.every((m) => m.assignedBy === 'random')).toBe(true)
    const sizes = session.groups.map((g) => members.filter((m) => m.groupId === g.id).length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    const rapporteurs = readRapporteurs(doc, 's1')
    expect(rapporteurs.map((r) => r.groupId)).toEqual(['g1', 'g2', 'g3'])
    for (const r of rapporteurs) expect(memberOf(doc, 's1', r.participantId)?.groupId).toBe(r.groupId)
    expectValidEntries(doc)
  })

  it('uses topics as group names; manual starts from a balanced split by the facilitator; choose assigns nobody', () => {
    const manual = new Y.Doc()
    write(manual, (d) => startSession(d, plan({ assignment: 'manual', groupNames: [' Housing ', 'Energy'] })))
    expect(readSessions(manual)[0]?.groups.map((g) => g.name)).toEqual(['Housing', 'Energy'])
    expect(readMembers(manual, 's1').every((m) => m.assignedBy === 'facilitator')).toBe(true)
    expect(readMembers(manual, 's1')).toHaveLength(8)

    const choose = new Y.Doc()
    write(choose, (d) => startSession(d, plan({ assignment: 'choose', cap: 3 })))
    expect(readMembers(choose, 's1')).toEqual([])
    expect(readRapporteurs(choose, 's1')).toEqual([])
    expectValidEntries(choose)
  })

  it('refuses while another session runs, and plans that break the limits', () => {
    const doc = new Y.Doc()
    write(doc, (d) => startSession(d, plan()))
    expect(() => write(doc, (d) => startSession(d, plan({ sessionId: 's2' })))).toThrow(/already running/)
    const fresh = new Y.Doc()
    expect(() => startSession(fresh, plan({ groupNames: [] }))).toThrow(/1 to 30 groups/)
    expect(() => startSession(fresh, plan({ groupNames: defaultGroupNames(31) }))).toThrow(/1 to 30 groups/)
    expect(() => startSession(fresh, plan({ groupNames: ['ok', '  '] }))).toThrow(/name/)
    expect(() => startSession(fresh, plan({ durationMs: 0 }))).toThrow(/duration/)
    expect(() => startSession(fresh, plan({ durationMs: 5 * 60 * MIN }))).toThrow(/duration/)
    expect(() => startSession(fresh, plan({ cap: 0 }))).toThrow(/cap/)
    expect(readSessions(fresh)).toEqual([])
  })

  it('generates short URL-safe ids when none is given', () => {
    const id = newSessionId()
    expect(id).toMatch(/^[a-z0-9]{8}$/)
    const doc = new Y.Doc()
    const session = write(doc, (d) => startSession(d, plan({ sessionId: undefined })))
    expect(session.id).toMatch(/^[a-z0-9]{8}$/)
    expect(sessionProblem(session.id, session)).toBeNull()
  })

  it('suggests as rapporteurs the coops that reported least recently, across sessions', () => {
    const doc = new Y.Doc()
    const crowd = people(3, (i) => ['Sur', 'Norte', 'Este'][i] ?? '')
    const reporters: string[] = []
    for (let round = 1; round <= 3; round++) {
      const id = `s${round}`
      write(doc, (d) => startSession(d, plan({ sessionId: id, groupNames: ['Only'], people: crowd, now: round * 10 * MIN })))
      reporters.push(readRapporteurs(doc, id)[0]?.coop ?? '')
      write(doc, (d) => endSession(d, id, round * 10 * MIN + 5 * MIN))
    }
    expect(new Set(reporters)).toEqual(new Set(['Sur', 'Norte', 'Este']))
    write(doc, (d) => startSession(d, plan({ sessionId: 's4', groupNames: ['Only'], people: crowd, now: 50 * MIN })))
    expect(readRapporteurs(doc, 's4')[0]?.coop).toBe(reporters[0])
  })
})

describe('running a session', () => {
  it('moves members, dropping a rapporteur who leaves their group, and removes members', () => {
    const doc = new Y.Doc()
    write(doc, (d) => startSession(d, plan()))
    const rapporteur = readRapporteurs(doc, 's1')[0]
    if (!rapporteur) throw new Error('no rapporteur')
    const person = { id: rapporteur.participantId, name: rapporteur.name, coop: rapporteur.coop }
    const target = rapporteur.groupId === 'g1' ? 'g2' : 'g1'
    write(doc, (d) => assignMember(d, 's1', person, target, 'facilitator', 5))
    expect(memberOf(doc, 's1', person.id)).toMatchObject({ groupId: target, assignedBy: 'facilitator', at: 5 })
    expect(readRapporteurs(doc, 's1').some((r) => r.groupId === rapporteur.groupId)).toBe(false)

    const late = { id: 'late', name: 'Late Comer', coop: 'Sur' }
    write(doc, (d) => assignMember(d, 's1', late, 'g3', 'late', 6))
    expect(memberOf(doc, 's1', 'late')?.assignedBy).toBe('late')
    expect(() => write(doc, (d) => assignMember(d, 's1', late, 'g9', 'late', 6))).toThrow(/No group/)
    write(doc, (d) => removeMember(d, 's1', 'late'))
    expect(memberOf(doc, 's1', 'late')).toBeNull()
    expectValidEntries(doc)
  })

  it('in "choose" mode, names a rapporteur by rotation as soon as a group has a member, and keeps them', () => {
    const doc = new Y.Doc()
    write(doc, (d) => startSession(d, plan({ assignment: 'choose', cap: 4, people: [] })))
    expect(readRapporteurs(doc, 's1')).toEqual([])
    const lucja = { id: 'lucja', name: 'Łucja Nowak', coop: 'Spółdzielnia Łódź' }
    const kenji = { id: 'kenji', name: '山田 健二', coop: 'Κοινότητα Αθήνα' }
    write(doc, (d) => assignMember(d, 's1', lucja, 'g2', 'choice', 7))
    expect(readRapporteurs(doc, 's1')).toMatchObject([{ groupId: 'g2', participantId: 'lucja', at: 7 }])
    write(doc, (d) => assignMember(d, 's1', kenji, 'g2', 'choice', 8))
    expect(readRapporteurs(doc, 's1').map((r) => r.participantId)).toEqual(['lucja'])
    write(doc, (d) => assignMember(d, 's1', kenji, 'g1', 'choice', 9))
    expect(readRapporteurs(doc, 's1').find((r) => r.groupId === 'g1')?.participantId).toBe('kenji')
    expectValidEntries(doc)
  })

  it('sets the rapporteur, changes the timer, broadcasts and clears messages, and handles calls', () => {
    const doc = new Y.Doc()
    write(doc, (d) => startSession(d, plan()))
    const member = readMembers(doc, 's1').find((m) => m.groupId === 'g2')
    if (!member) throw new Error('no member')
    write(doc, (d) => setRapporteur(d, 's1', 'g2', member, 9))
    expect(readRapporteurs(doc, 's1').find((r) => r.groupId === 'g2')?.participantId).toBe(member.participantId)
    write(doc, (d) => setRapporteur(d, 's1', 'g2', null, 9))
    expect(readRapporteurs(doc, 's1').find((r) => r.groupId === 'g2')).toBeUndefined()

    const now = 1_000_000 + 5 * MIN
    write(doc, (d) => updateTimer(d, 's1', (t) => addTime(pauseTimer(t, now), 2 * MIN, now)))
    expect(remainingMs(currentSession(doc)?.timer ?? { durationMs: 0, endsAt: 0, pausedRemainingMs: null }, now + 60 * MIN)).toBe(12 * MIN)

    write(doc, (d) => broadcastMessage(d, 's1', `  ${'x'.repeat(400)}  `, 'Fran · Sur', now))
    expect(currentSession(doc)?.message?.text).toHaveLength(280)
    expectValidEntries(doc)
    write(doc, (d) => broadcastMessage(d, 's1', '   ', 'Fran · Sur', now))
    expect(currentSession(doc)?.message).toBeNull()

    write(doc, (d) => callFacilitator(d, 's1', 'g2', 'Ana · Sur', 100))
    write(doc, (d) => callFacilitator(d, 's1', 'g2', 'Bo · Norte', 200))
    expect(readCalls(doc, 's1')).toEqual([{ sessionId: 's1', groupId: 'g2', from: 'Ana · Sur', at: 100 }])
    expectValidEntries(doc)
    write(doc, (d) => answerCall(d, 's1', 'g2'))
    expect(readCalls(doc, 's1')).toEqual([])
  })

  it('reads the notes in each area, at any depth, in reading order', () => {
    const doc = new Y.Doc()
    const session = write(doc, (d) => startSession(d, plan()))
    const g1 = session.groups[0]?.areaId ?? ''
    const notes = [
      createNoteRecord({ id: 'shape:b', x: 500, y: 10, index: 'a1', text: 'b', parentId: g1 }),
      createNoteRecord({ id: 'shape:a', x: 10, y: 10, index: 'a2', text: 'a', parentId: g1 }),
      createNoteRecord({ id: 'shape:c', x: 10, y: 400, index: 'a3', text: 'c', parentId: g1 }),
      createNoteRecord({ id: 'shape:out', x: 0, y: 0, index: 'a4', text: 'out' }),
    ]
    for (const note of notes) recordsMap(doc).set(note.id, note)
    const byGroup = groupNotes(doc, session)
    expect(byGroup.get('g1')?.map((n) => n.id)).toEqual(['shape:a', 'shape:b', 'shape:c'])
    expect(byGroup.get('g2')).toEqual([])
  })
})

describe('endSession', () => {
  it('ends the session, stops the timer, clears calls and the message, and locks every area and what is in it', () => {
    const doc = new Y.Doc()
    const session = write(doc, (d) => startSession(d, plan()))
    const g1 = session.groups[0]?.areaId ?? ''
    const frame = {
      ...createNoteRecord({ id: 'shape:inner', x: 0, y: 0, index: 'a1', text: '' }),
      type: 'frame',
      props: { w: 100, h: 100, name: '', color: 'black' },
      parentId: g1,
    }
    const deep = createNoteRecord({ id: 'shape:deep', x: 0, y: 0, index: 'a1', text: 'deep', parentId: 'shape:inner' })
    const outside = createNoteRecord({ id: 'shape:outside', x: 0, y: 0, index: 'a1', text: 'free' })
    for (const record of [frame, deep, outside]) recordsMap(doc).set(record.id, record)
    write(doc, (d) => {
      broadcastMessage(d, 's1', 'Five minutes', 'Fran', 1)
      callFacilitator(d, 's1', 'g1', 'Ana', 2)
    })

    const ended = write(doc, (d) => endSession(d, 's1', 1_000_000 + 10 * MIN))
    expect(ended).toMatchObject({ status: 'ended', endedAt: 1_000_000 + 10 * MIN, message: null })
    expect(ended.timer).toEqual({ durationMs: 15 * MIN, endsAt: null, pausedRemainingMs: 5 * MIN })
    expect(readCalls(doc, 's1')).toEqual([])
    for (const group of session.groups) expect(recordOf(doc, group.areaId).isLocked).toBe(true)
    expect(recordOf(doc, 'shape:inner').isLocked).toBe(true)
    expect(recordOf(doc, 'shape:deep').isLocked).toBe(true)
    expect(recordOf(doc, 'shape:outside').isLocked).toBe(false)
    expect(currentSession(doc)?.status).toBe('ended')
    expectValidEntries(doc)
    // A new session may start once this one has ended.
    expect(() => write(doc, (d) => startSession(d, plan({ sessionId: 's2' })))).not.toThrow()
    expect(currentSession(doc)?.id).toBe('s2')
  })
})

describe('report-back', () => {
  it('hands the floor to each rapporteur in turn, the stage following them, then releases it', () => {
    const doc = new Y.Doc()
    write(doc, (d) => startSession(d, plan()))
    write(doc, (d) => endSession(d, 's1', 2_000_000))
    const rapporteurs = readRapporteurs(doc, 's1')
    write(doc, (d) => setRapporteur(d, 's1', 'g2', null, 0))

    write(doc, (d) => startReportBack(d, 's1', undefined, 3_000))
    expect(currentSession(doc)?.reportBack).toEqual({ order: ['g1', 'g2', 'g3'], current: 0 })
    const first = rapporteurs.find((r) => r.groupId === 'g1')
    expect(readFollow(doc)).toEqual({
      presenterId: first?.participantId,
      presenterLabel: `${first?.name} · ${first?.coop}`,
      reason: 'report',
      since: 3_000,
    })

    write(doc, (d) => passFloor(d, 's1', 1, undefined, 4_000))
    expect(readFollow(doc)).toBeNull() // g2 has no rapporteur now
    write(doc, (d) => passFloor(d, 's1', 2, () => ({ presenterId: 'p-x', presenterLabel: 'X' }), 5_000))
    expect(readFollow(doc)).toMatchObject({ presenterId: 'p-x', reason: 'report', since: 5_000 })
    expect(() => write(doc, (d) => passFloor(d, 's1', 3, undefined, 6_000))).toThrow(/No group/)

    write(doc, (d) => passFloor(d, 's1', null, undefined, 6_000))
    expect(currentSession(doc)?.reportBack?.current).toBeNull()
    expect(readFollow(doc)).toBeNull()
    expectValidEntries(doc)
    write(doc, (d) => endReportBack(d, 's1'))
    expect(currentSession(doc)?.reportBack).toBeNull()
  })

  it('ends report-back without releasing a follow the facilitator started', () => {
    const doc = new Y.Doc()
    write(doc, (d) => startSession(d, plan()))
    expect(() => write(doc, (d) => passFloor(d, 's1', 0, undefined, 1))).toThrow(/not started/)
    write(doc, (d) => startReportBack(d, 's1', undefined, 1))
    write(doc, (d) => setFollow(d, { presenterId: 'fac', presenterLabel: 'Fran', reason: 'facilitator', since: 2 }))
    write(doc, (d) => endReportBack(d, 's1'))
    expect(readFollow(doc)?.presenterId).toBe('fac')
  })
})
