import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { coopProblem } from './coopRules'
import { cornerCoopId, cornerIdFor, isCornerRecord } from './cornerRecord'
import { planCreateCorner, planRosterImport, type RosterPlan } from './importPlan'
import { DEFAULT_CORNER_GRID } from './layout'
import type { Coop, CoopDetails } from './roster'
import { shapeBox } from '../shapeBounds'
import { coopNames, noteAt, overlappingPairs } from './testing'

const PAGE = 'page:page'
const schema = createTLSchema()
const rows = (names: readonly string[]): CoopDetails[] => names.map((name) => ({ name }))

/** The board and roster after writing `plan` (what applyRosterPlan does, without a Y.Doc). */
function applied(coops: readonly Coop[], records: readonly StoredRecord[], plan: RosterPlan): { coops: Coop[]; records: StoredRecord[] } {
  const roster = new Map(coops.map((coop) => [coop.id, coop]))
  for (const coop of plan.coops) roster.set(coop.id, coop)
  const byId = new Map(records.map((record) => [record.id, record]))
  for (const corner of plan.corners) byId.set(corner.id, corner)
  return { coops: [...roster.values()], records: [...byId.values()] }
}

function expectValid(plan: RosterPlan): void {
  for (const coop of plan.coops) expect(coopProblem(coop.id, coop), coop.name).toBeNull()
  for (const corner of plan.corners) expect(() => schema.types.shape.validate(corner)).not.toThrow()
}

describe('planRosterImport on an empty board', () => {
  it('adds 31 coops, each with its own corner, none overlapping, in one grid', () => {
    const plan = planRosterImport({ coops: [], records: [], rows: rows(coopNames(31)), pageId: PAGE })
    expect(plan.summary).toEqual({ added: 31, updated: 0, unchanged: 0, corners: 31 })
    expect(plan.coops).toHaveLength(31)
    expect(plan.corners).toHaveLength(31)
    expectValid(plan)
    expect(overlappingPairs(plan.corners)).toEqual([])
    for (const coop of plan.coops) {
      const corner = plan.corners.find((record) => record.id === coop.cornerId)
      expect(corner && cornerCoopId(corner)).toBe(coop.id)
      expect(corner?.props).toMatchObject({ name: coop.name, color: coop.color, w: DEFAULT_CORNER_GRID.cornerWidth })
    }
    expect(new Set(plan.corners.map((c) => c.index)).size).toBe(31)
    expect(new Set(plan.coops.map((c) => c.color)).size).toBeGreaterThan(5)
  })
})

describe('planRosterImport on a board with content', () => {
  const notes = Array.from({ length: 60 }, (_, i) => noteAt(i, (i % 10) * 220, Math.floor(i / 10) * 220))
  const page = { id: PAGE, typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
  const frame: StoredRecord = {
    id: 'shape:frame',
    typeName: 'shape',
    type: 'frame',
    x: 3000,
    y: -400,
    rotation: 0,
    index: 'a2',
    parentId: PAGE,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w: 2000, h: 3000, name: 'Agenda', color: 'black' },
  }
  const child = noteAt(99, 50, 50, 'shape:frame')
  const elsewhere = noteAt(98, 1300, 0, 'page:other')

  it('places 31 corners without covering any shape on the page, above them in stacking order', () => {
    const records = [page as StoredRecord, ...notes, frame, child, elsewhere]
    const plan = planRosterImport({ coops: [], records, rows: rows(coopNames(31)), pageId: PAGE })
    expect(plan.corners).toHaveLength(31)
    expectValid(plan)
    const onPage = [...notes, frame, ...plan.corners]
    expect(overlappingPairs(onPage)).toEqual([])
    const topExisting = [...notes, frame]
      .map((r) => r.index as string)
      .sort()
      .at(-1)!
    expect(plan.corners.every((corner) => (corner.index as string) > topExisting)).toBe(true)
  })

  it('puts corners on the page it is given', () => {
    const plan = planRosterImport({ coops: [], records: notes, rows: rows(['Sur']), pageId: 'page:breakouts' })
    expect(plan.corners[0]?.parentId).toBe('page:breakouts')
    expect(plan.corners[0]).toMatchObject({ x: 0, y: 0 })
  })
})

describe('planRosterImport again (re-import)', () => {
  const first = planRosterImport({ coops: [], records: [noteAt(1, 0, 0)], rows: rows(coopNames(10)), pageId: PAGE })
  const board = applied([], [noteAt(1, 0, 0)], first)

  it('changes nothing when the same list comes again', () => {
    const again = planRosterImport({ coops: board.coops, records: board.records, rows: rows(coopNames(10)), pageId: PAGE })
    expect(again).toEqual({ coops: [], corners: [], summary: { added: 0, updated: 0, unchanged: 10, corners: 0 } })
  })

  it('updates details, adds new coops with corners continuing the grid, and never duplicates or removes', () => {
    const moved = board.records.map((record) => (record.id === cornerIdFor('coop-01') ? { ...record, x: -5000, y: -5000 } : record))
    const next = planRosterImport({
      coops: board.coops,
      records: moved,
      rows: [
        { name: 'COOP 01', country: 'Spain', website: 'https://coop01.org' },
        { name: 'Coop 02' },
        { name: 'Coop 11' },
        { name: 'Coop 12' },
      ],
      pageId: PAGE,
    })
    expect(next.summary).toEqual({ added: 2, updated: 1, unchanged: 1, corners: 2 })
    expectValid(next)
    const updated = next.coops.find((coop) => coop.id === 'coop-01')
    expect(updated).toMatchObject({ name: 'COOP 01', country: 'Spain', cornerId: cornerIdFor('coop-01') })
    // The renamed coop's corner is relabelled where it is; the new ones are created.
    const relabel = next.corners.find((corner) => corner.id === cornerIdFor('coop-01'))
    expect(relabel).toMatchObject({ x: -5000, y: -5000, props: { name: 'COOP 01' } })
    expect(next.corners.filter((c) => c.id !== cornerIdFor('coop-01')).map((c) => cornerCoopId(c))).toEqual(['coop-11', 'coop-12'])

    const after = applied(board.coops, moved, next)
    expect(after.coops).toHaveLength(12)
    expect(new Set(after.coops.map((c) => c.id)).size).toBe(12)
    expect(after.records.filter(isCornerRecord)).toHaveLength(12)
    expect(overlappingPairs(after.records.filter((r) => r.parentId === PAGE))).toEqual([])
    // Existing corners did not move.
    for (const corner of board.records.filter(isCornerRecord)) {
      if (corner.id === cornerIdFor('coop-01')) continue
      expect(after.records.find((r) => r.id === corner.id)).toEqual(corner)
    }
  })

  it('continues the grid of the existing corners with the new ones', () => {
    const next = planRosterImport({ coops: board.coops, records: board.records, rows: rows(coopNames(14)), pageId: PAGE })
    expect(next.corners).toHaveLength(4)
    const existing = board.records.filter(isCornerRecord)
    const originX = Math.min(...existing.map((c) => c.x as number))
    const originY = Math.min(...existing.map((c) => c.y as number))
    const stepX = DEFAULT_CORNER_GRID.cornerWidth + DEFAULT_CORNER_GRID.gap
    const stepY = DEFAULT_CORNER_GRID.cornerHeight + DEFAULT_CORNER_GRID.gap
    for (const corner of next.corners) {
      expect(((corner.x as number) - originX) % stepX).toBe(0)
      expect(((corner.y as number) - originY) % stepY).toBe(0)
    }
    expect(overlappingPairs([...board.records, ...next.corners])).toEqual([])
  })

  it('gives a named coop whose corner was deleted a new one, and leaves unnamed ones alone', () => {
    const withoutTwo = board.records.filter((r) => r.id !== cornerIdFor('coop-02') && r.id !== cornerIdFor('coop-03'))
    const plan = planRosterImport({ coops: board.coops, records: withoutTwo, rows: rows(['Coop 02']), pageId: PAGE })
    expect(plan.coops).toEqual([])
    expect(plan.summary).toEqual({ added: 0, updated: 0, unchanged: 1, corners: 1 })
    expect(plan.corners.map((c) => c.id)).toEqual([cornerIdFor('coop-02')])
    expect(overlappingPairs([...withoutTwo.filter((r) => r.parentId === PAGE), ...plan.corners])).toEqual([])
  })

  it('links a coop to a corner that a participant created for it', () => {
    const coops = board.coops.map((coop) => (coop.id === 'coop-04' ? { ...coop, cornerId: null } : coop))
    const plan = planRosterImport({ coops, records: board.records, rows: rows(['Coop 04']), pageId: PAGE })
    expect(plan.coops).toEqual([expect.objectContaining({ id: 'coop-04', cornerId: cornerIdFor('coop-04') })])
    expect(plan.summary).toEqual({ added: 0, updated: 1, unchanged: 0, corners: 0 })
    expect(plan.corners).toEqual([])
  })
})

describe('planCreateCorner', () => {
  it('adds a new coop with its corner, placed off existing content', () => {
    const records = [noteAt(1, 0, 0), noteAt(2, 300, 0)]
    const plan = planCreateCorner({ coops: [], records, details: { name: '  Cooperativa   Sur ' }, pageId: PAGE })
    expect(plan.coop).toMatchObject({ id: 'cooperativa-sur', name: 'Cooperativa Sur', cornerId: 'shape:corner-cooperativa-sur' })
    expect(plan.cornerId).toBe('shape:corner-cooperativa-sur')
    expect(plan.coops).toEqual([plan.coop])
    expect(plan.summary).toEqual({ added: 1, updated: 0, unchanged: 0, corners: 1 })
    expectValid(plan)
    expect(overlappingPairs([...records, ...plan.corners])).toEqual([])
  })

  it('plans nothing for a coop that already has a corner, and names that corner', () => {
    const first = planCreateCorner({ coops: [], records: [], details: { name: 'Cooperativa Sur' }, pageId: PAGE })
    const board = applied([], [], first)
    const again = planCreateCorner({ coops: board.coops, records: board.records, details: { name: 'cooperativa súr' }, pageId: PAGE })
    expect(again.coops).toEqual([])
    expect(again.corners).toEqual([])
    expect(again.cornerId).toBe(first.cornerId)
    expect(again.coop).toEqual(first.coop)
  })

  it("creates a known coop's missing corner without rewriting its roster entry", () => {
    const imported = planRosterImport({ coops: [], records: [], rows: rows(['Sur', 'Norte']), pageId: PAGE })
    const board = applied([], [], imported)
    const records = board.records.filter((r) => cornerCoopId(r) !== 'sur')
    const plan = planCreateCorner({ coops: board.coops, records, details: { name: 'Sur' }, pageId: PAGE })
    expect(plan.coops).toEqual([])
    expect(plan.corners).toHaveLength(1)
    expect(cornerCoopId(plan.corners[0])).toBe('sur')
    expect(plan.cornerId).toBe(plan.corners[0]?.id)
    expect(overlappingPairs([...records, ...plan.corners])).toEqual([])
  })

  it('keeps only valid details from a form, and refuses a name without letters', () => {
    const plan = planCreateCorner({
      coops: [],
      records: [],
      details: { name: 'Sur', website: 'javascript:alert(1)', country: 'x'.repeat(100) },
      pageId: PAGE,
    })
    expect(plan.coop.website).toBe('')
    expect(plan.coop.country).toHaveLength(60)
    expectValid(plan)
    expect(() => planCreateCorner({ coops: [], records: [], details: { name: '  --- ' }, pageId: PAGE })).toThrow(RangeError)
  })

  it('gives the same corner id to two people creating the same coop at once, so they write one corner', () => {
    const a = planCreateCorner({ coops: [], records: [], details: { name: 'Nueva Coop' }, pageId: PAGE })
    const b = planCreateCorner({ coops: [], records: [noteAt(1, 0, 0)], details: { name: 'nueva coop' }, pageId: PAGE })
    expect(a.cornerId).toBe(b.cornerId)
    expect(a.coop.id).toBe(b.coop.id)
  })
})

describe('corner boxes', () => {
  it('are the size of the corner grid', () => {
    const plan = planRosterImport({ coops: [], records: [], rows: rows(['Sur']), pageId: PAGE })
    expect(shapeBox(plan.corners[0]!)).toEqual({ x: 0, y: 0, w: DEFAULT_CORNER_GRID.cornerWidth, h: DEFAULT_CORNER_GRID.cornerHeight })
  })
})
