import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ATTENDANCE_MAP,
  attendanceChangeProblem,
  attendanceProblem,
  meetingAttendance,
  MEETING_WINDOW_MS,
  readAllAttendance,
  recordAttendance,
  type Attendance,
} from './attendance'
import { Role } from '../protocol'

const ana = { id: 'p-ana', name: 'Ana', coop: 'Cooperativa Sur' }

describe('recordAttendance', () => {
  it('keeps the first visit and moves the latest forward', () => {
    const doc = new Y.Doc()
    doc.transact(() => recordAttendance(doc, ana, 'participant', 1_000))
    doc.transact(() => recordAttendance(doc, { ...ana, name: 'Ana M.' }, 'participant', 5_000))
    expect(readAllAttendance(doc)).toEqual([
      { participantId: 'p-ana', name: 'Ana M.', coop: 'Cooperativa Sur', role: 'participant', firstSeen: 1_000, lastSeen: 5_000 },
    ])
  })

  it('skips entries stored under another key or malformed', () => {
    const doc = new Y.Doc()
    doc.getMap(ATTENDANCE_MAP).set('p-x', { participantId: 'p-y', name: 'X', coop: '', role: 'participant', firstSeen: 1, lastSeen: 1 })
    doc.getMap(ATTENDANCE_MAP).set('p-z', { name: 'Z' })
    expect(readAllAttendance(doc)).toEqual([])
  })
})

describe('attendance rules', () => {
  const entry: Attendance = { participantId: 'p-ana', name: 'Ana', coop: 'Sur', role: 'participant', firstSeen: 1, lastSeen: 2 }

  it('accepts an entry under its own id only', () => {
    expect(attendanceProblem('p-ana', entry)).toBeNull()
    expect(attendanceProblem('p-bob', entry)).toMatch(/key/)
    expect(attendanceProblem('p-ana', { ...entry, lastSeen: 0 })).toMatch(/not an attendance/)
    expect(attendanceProblem('p-ana', { ...entry, name: '  ' })).toMatch(/not an attendance/)
  })

  it('lets a connection write only the participant its presence claims', () => {
    const writerIds = new Set(['p-ana'])
    expect(attendanceChangeProblem({ key: 'p-ana', afterPresent: true, role: Role.participant, writerIds })).toBeNull()
    expect(attendanceChangeProblem({ key: 'p-bob', afterPresent: true, role: Role.participant, writerIds })).toMatch(/own participant/)
    expect(attendanceChangeProblem({ key: 'p-bob', afterPresent: true, role: Role.facilitator, writerIds })).toMatch(/own participant/)
  })

  it('lets only facilitators remove entries', () => {
    const writerIds = new Set(['p-ana'])
    expect(attendanceChangeProblem({ key: 'p-ana', afterPresent: false, role: Role.participant, writerIds })).toMatch(/facilitators/)
    expect(attendanceChangeProblem({ key: 'p-bob', afterPresent: false, role: Role.facilitator, writerIds })).toBeNull()
  })
})

describe('meetingAttendance', () => {
  const at = 100 * MEETING_WINDOW_MS
  const person = (id: string, coop: string, name: string, lastSeen: number): Attendance => ({
    participantId: id, name, coop, role: 'participant', firstSeen: 0, lastSeen,
  })

  it('lists the people seen in the window before the export, by coop then name', () => {
    const list = meetingAttendance(
      [
        person('1', 'Sur', 'Zoe', at - 1000),
        person('2', 'Norte', 'Bea', at - 2000),
        person('3', 'Sur', 'Ana', at),
        person('4', 'Sur', 'Old', at - MEETING_WINDOW_MS - 1),
        person('5', 'Sur', 'Later', at + 10 * 60_000),
      ],
      at,
    )
    expect(list.map((p) => p.name)).toEqual(['Bea', 'Ana', 'Zoe'])
  })
})
