import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { recordsMap, type StoredRecord } from '../boardDoc'
import { boxesOverlap, type Box } from '../geometry'
import { shapeBox } from '../shapeBounds'
import { boardMinutes } from '../export/minutes'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { ARCHIVE_PAGE_ID, archiveAllSessions, archiveSession, planAreaMove, unarchiveSession } from './archive'
import { reportHistory } from './rapporteur'
import { sessionProblem } from './rules'
import {
  endSession,
  readAllRapporteurs,
  readSessionById,
  readSessions,
  recordsById,
  setRapporteur,
  startSession,
  startReportBack,
} from './session'
import { memberIn, seededRandom, startedSession, sessionPlan } from './testing'
import type { BreakoutSession } from './types'

const MAIN_PAGE = { id: DEFAULT_PAGE_ID, typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }

function record(doc: Y.Doc, id: string): StoredRecord {
  const value = recordsById(doc).get(id)
  if (!value) throw new Error(`no record ${id}`)
  return value
}

function box(doc: Y.Doc, id: string): Box {
  const found = shapeBox(record(doc, id))
  if (!found) throw new Error(`no box for ${id}`)
  return found
}

function addNote(doc: Y.Doc, id: string, text: string, parentId: string, x = 40): void {
  recordsMap(doc).set(
    id,
    createNoteRecord({
      id,
      x,
      y: 40,
      index: 'a1',
      text,
      parentId,
      author: { id: `p-${id}`, name: text.split(' ')[0] ?? 'A', coop: 'Spółdzielnia Kodu' },
    }),
  )
}

/** A second session `id` on `doc`, started at `at` with groups named `names`, ended at `at + 1`. */
function runSession(doc: Y.Doc, id: string, names: string[], at: number): BreakoutSession {
  startSession(doc, sessionPlan({ groupNames: names, pageId: DEFAULT_PAGE_ID, now: at, random: seededRandom(at), sessionId: id }))
  return endSession(doc, id, at + 1)
}

/**
 * A board with a main page, a note of the plenary, and two ended sessions: s1 (Housing, Energy)
 * and s2 (Łódź, 東京, Αθήνα), each group area holding a note.
 */
function boardWithTwoSessions(): { doc: Y.Doc; first: BreakoutSession; second: BreakoutSession } {
  const { doc } = startedSession({ cap: null })
  recordsMap(doc).set(MAIN_PAGE.id, MAIN_PAGE)
  addNote(doc, 'shape:agenda', 'Agenda of the assembly', DEFAULT_PAGE_ID, -600)
  addNote(doc, 'shape:h1', 'Łucja: co-housing in Kraków', 'shape:breakout-s1-g1')
  addNote(doc, 'shape:e1', 'Søren: shared solar roofs', 'shape:breakout-s1-g2')
  const first = endSession(doc, 's1', 2000)
  const second = runSession(doc, 's2', ['Łódź', '東京', 'Αθήνα'], 5000)
  addNote(doc, 'shape:t1', '佐藤: 夜のシフト', 'shape:breakout-s2-g2')
  return { doc, first, second }
}

function areaBoxes(doc: Y.Doc, session: BreakoutSession): Box[] {
  return session.groups.map((group) => box(doc, group.areaId))
}

describe('archiving breakout sessions', () => {
  it('moves a session’s areas to the archive page, keeping their layout, and marks it archived', () => {
    const { doc, first } = boardWithTwoSessions()
    const before = areaBoxes(doc, first)
    archiveSession(doc, 's1', 9000, 'Archive')

    expect(record(doc, ARCHIVE_PAGE_ID)).toMatchObject({ typeName: 'page', name: 'Archive' })
    expect(String(record(doc, ARCHIVE_PAGE_ID).index) > MAIN_PAGE.index).toBe(true)
    const after = areaBoxes(doc, first)
    for (const group of first.groups) expect(record(doc, group.areaId).parentId).toBe(ARCHIVE_PAGE_ID)
    // The same layout, shifted as one.
    expect(after.map((b) => [b.x - (after[0]?.x ?? 0), b.y - (after[0]?.y ?? 0)])).toEqual(
      before.map((b) => [b.x - (before[0]?.x ?? 0), b.y - (before[0]?.y ?? 0)]),
    )
    // Notes stay inside their area; the plenary's note and the other session stay on the main page.
    expect(record(doc, 'shape:h1').parentId).toBe('shape:breakout-s1-g1')
    expect(record(doc, 'shape:agenda').parentId).toBe(DEFAULT_PAGE_ID)
    expect(record(doc, 'shape:breakout-s2-g1').parentId).toBe(DEFAULT_PAGE_ID)
    expect(readSessionById(doc, 's1')?.archivedAt).toBe(9000)
    expect(sessionProblem('s1', readSessionById(doc, 's1'))).toBeNull()
  })

  it('stacks archived sessions on the archive page without overlaps', () => {
    const { doc, first, second } = boardWithTwoSessions()
    expect(archiveAllSessions(doc, 9000, 'Archive')).toBe(2)
    const boxes = [...areaBoxes(doc, first), ...areaBoxes(doc, second)]
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false)
    }
    expect(readSessions(doc).every((session) => session.archivedAt === 9000)).toBe(true)
    // Creating the page once, even for many sessions.
    expect([...recordsById(doc).values()].filter((r) => r.typeName === 'page')).toHaveLength(2)
  })

  it('brings an archived session back below the main page’s content, overlapping nothing', () => {
    const { doc, first, second } = boardWithTwoSessions()
    archiveSession(doc, 's1', 9000, 'Archive')
    unarchiveSession(doc, 's1')
    expect(readSessionById(doc, 's1')?.archivedAt).toBeNull()
    for (const group of first.groups) expect(record(doc, group.areaId).parentId).toBe(DEFAULT_PAGE_ID)
    const others = [box(doc, 'shape:agenda'), ...areaBoxes(doc, second)]
    for (const area of areaBoxes(doc, first)) {
      for (const other of others) expect(boxesOverlap(area, other)).toBe(false)
    }
  })

  it('plans nothing for a session whose areas are gone', () => {
    const { doc, first } = boardWithTwoSessions()
    for (const group of first.groups) recordsMap(doc).delete(group.areaId)
    expect(planAreaMove(recordsById(doc), first, ARCHIVE_PAGE_ID)).toEqual([])
  })

  it('refuses a running session, an archived one, and one whose group holds the floor', () => {
    const { doc } = startedSession()
    expect(() => archiveSession(doc, 's1', 10, 'Archive')).toThrow(/ended/)
    endSession(doc, 's1', 20)
    startReportBack(doc, 's1', null, 30)
    expect(() => archiveSession(doc, 's1', 40, 'Archive')).toThrow(/report-back/)
    const { doc: other } = boardWithTwoSessions()
    archiveSession(other, 's1', 50, 'Archive')
    expect(() => archiveSession(other, 's1', 60, 'Archive')).toThrow(/archived already/)
    expect(() => unarchiveSession(other, 's2')).toThrow(/not archived/)
  })

  it('keeps an archived session in the minutes, with its groups and notes', () => {
    const { doc } = boardWithTwoSessions()
    archiveAllSessions(doc, 9000, 'Archive')
    const minutes = boardMinutes(doc, { boardId: 'b', title: 'Asamblea de diciembre', at: 10_000 })
    for (const text of [
      'Housing',
      'Energy',
      'Łódź',
      '東京',
      'Αθήνα',
      'Łucja: co-housing in Kraków',
      'Søren: shared solar roofs',
      '佐藤: 夜のシフト',
    ]) {
      expect(minutes).toContain(text)
    }
  })

  it('keeps an archived session in the rapporteur rotation’s history', () => {
    const { doc } = startedSession({ cap: null })
    const ana = { id: 'p1', name: 'Ana', coop: 'Cooperativa Sur' }
    setRapporteur(doc, 's1', 'g1', memberIn('s1', ana, 'g1'), 1500)
    endSession(doc, 's1', 2000)
    const before = reportHistory(readSessions(doc), readAllRapporteurs(doc))
    archiveSession(doc, 's1', 3000, 'Archive')
    expect(reportHistory(readSessions(doc), readAllRapporteurs(doc))).toEqual(before)
    expect(before.size).toBeGreaterThan(0)
  })

  it('refuses an archive mark on a running session (value rule)', () => {
    const { doc, session } = startedSession()
    expect(sessionProblem('s1', { ...session, archivedAt: 5 })).toMatch(/ended/)
    expect(sessionProblem('s1', { ...readSessionById(doc, 's1'), archivedAt: null })).toBeNull()
  })
})
