import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ATTENDANCE_MAP,
  attendanceChangeProblem,
  attendanceProblem,
  meetingAttendance,
  MEETING_WINDOW_MS,
  people,
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
    participantId: id,
    name,
    coop,
    role: 'participant',
    firstSeen: 0,
    lastSeen,
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

describe('people, not browsers', () => {
  const at = 100 * MEETING_WINDOW_MS
  const seen = (
    id: string,
    name: string,
    coop: string,
    firstSeen: number,
    lastSeen: number,
    role: Attendance['role'] = 'participant',
  ): Attendance => ({
    participantId: id,
    name,
    coop,
    role,
    firstSeen,
    lastSeen,
  })

  it('counts one person in two browsers once, with the span of both visits', () => {
    const doc = new Y.Doc()
    doc.transact(() => {
      recordAttendance(doc, { id: 'p-laptop', name: 'Łucja Wróbel', coop: 'Spółdzielnia Kodu' }, 'participant', at - 3_600_000)
      recordAttendance(doc, { id: 'p-phone', name: 'Łucja Wróbel', coop: 'Spółdzielnia Kodu' }, 'facilitator', at - 60_000)
      recordAttendance(doc, { id: 'p-kenji', name: '佐藤 健二', coop: 'Kumo Kōbō' }, 'participant', at - 120_000)
    })
    const list = meetingAttendance(readAllAttendance(doc), at)
    expect(list.map((p) => p.name)).toEqual(['佐藤 健二', 'Łucja Wróbel'])
    expect(list[1]).toMatchObject({ participantId: 'p-phone', role: 'facilitator', firstSeen: at - 3_600_000, lastSeen: at - 60_000 })
  })

  it('takes one name and coop written with other case and accents as one person, spelled as last seen', () => {
    const list = people([
      seen('p-1', 'Ana Pérez', 'Cooperativa Sur', 10, 20),
      seen('p-2', 'ana perez', 'cooperativa  sur', 5, 30),
      seen('p-3', 'ANA PÉREZ', 'COOPERATIVA SUR', 15, 25),
    ])
    expect(list).toEqual([seen('p-2', 'ana perez', 'cooperativa  sur', 5, 30)])
  })

  it('keeps two people of one name in different coops apart', () => {
    const list = meetingAttendance(
      [
        seen('p-1', 'Μαρία Παπαδοπούλου', 'Συνεταιρισμός Αθήνας', 0, at - 10),
        seen('p-2', 'Μαρία Παπαδοπούλου', 'Cooperativa Sur', 0, at - 20),
        seen('p-3', 'María', '', 0, at - 30),
        seen('p-4', 'Maria', '', 0, at - 40),
      ],
      at,
    )
    expect(list.map((p) => `${p.name} / ${p.coop}`)).toEqual([
      'María / ',
      'Μαρία Παπαδοπούλου / Cooperativa Sur',
      'Μαρία Παπαδοπούλου / Συνεταιρισμός Αθήνας',
    ])
  })
})
