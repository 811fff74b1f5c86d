import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { createCornerRecord } from '../corners/cornerRecord'
import { MEMBER_COOPS, noteAt, rosterOf } from '../corners/testing'
import { arrowBindingRecord } from '../miro/records'
import { plainTextToRichText } from '../notes'
import { arrowEndsIn, arrowLabelText, coopArrows, coopOfShape, joinedCoops, relationLabelOf } from './arrowCoops'
import { DEFAULT_RELATION_LABELS } from './api'

const roster = rosterOf(MEMBER_COOPS)
const rosterIds = new Set(roster.map((coop) => coop.id))

function coopNamed(name: string) {
  const coop = roster.find((entry) => entry.name === name)
  if (!coop) throw new Error(`no coop ${name}`)
  return coop
}

const sur = coopNamed('Cooperativa Sur')
const lodz = coopNamed('Łódzka Spółdzielnia Programistów')
const kobe = coopNamed('神戸コード協同組合')
const athens = coopNamed('Συνεργατική Αθήνας')

/** Every coop's corner in a row, each 400 wide. */
const corners: StoredRecord[] = roster.map((coop, i) => createCornerRecord(coop, { x: i * 420, y: 0, w: 400, h: 300 }, `a${i + 1}`))
const cornerOf = (coopId: string): string => {
  const corner = corners.find((record) => (record.meta as { coopId?: string }).coopId === coopId)
  if (!corner) throw new Error(`no corner ${coopId}`)
  return corner.id
}

function arrow(id: string, label: string): StoredRecord {
  return {
    id,
    typeName: 'shape',
    type: 'arrow',
    x: 0,
    y: 0,
    rotation: 0,
    index: 'b1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { richText: plainTextToRichText(label), start: { x: 0, y: 0 }, end: { x: 100, y: 0 } },
  }
}

/** An arrow from `from` to `to` (null: that end is free), with its bindings. */
function boundArrow(id: string, from: string | null, to: string | null, label = ''): StoredRecord[] {
  const records = [arrow(id, label)]
  const base = id.slice('shape:'.length)
  if (from !== null) records.push(arrowBindingRecord(`binding:${base}-start`, id, from, 'start'))
  if (to !== null) records.push(arrowBindingRecord(`binding:${base}-end`, id, to, 'end'))
  return records
}

function boardOf(records: readonly StoredRecord[]): Map<string, StoredRecord> {
  return new Map(records.map((record) => [record.id, record]))
}

describe('coopOfShape', () => {
  const inner = { ...createCornerRecord(kobe, { x: 20, y: 20, w: 100, h: 100 }, 'a0'), id: 'shape:inner-frame', meta: {} }
  const board = boardOf([
    ...corners,
    { ...inner, parentId: cornerOf(kobe.id) },
    noteAt(1, 10, 10, 'shape:inner-frame'),
    noteAt(2, 5000, 900),
  ])

  it('finds the coop of its corner, of a shape inside it, and of a shape nested deeper', () => {
    expect(coopOfShape(board, rosterIds, cornerOf(lodz.id))).toBe(lodz.id)
    expect(coopOfShape(board, rosterIds, 'shape:inner-frame')).toBe(kobe.id)
    expect(coopOfShape(board, rosterIds, 'shape:note1')).toBe(kobe.id)
  })

  it('finds no coop for a shape outside every corner, an unknown id, or a corner of a coop not on the roster', () => {
    expect(coopOfShape(board, rosterIds, 'shape:note2')).toBeNull()
    expect(coopOfShape(board, rosterIds, 'shape:gone')).toBeNull()
    expect(coopOfShape(board, new Set([sur.id]), cornerOf(lodz.id))).toBeNull()
  })
})

describe('joinedCoops', () => {
  const board = boardOf([...corners, noteAt(1, 10, 10, cornerOf(athens.id)), noteAt(2, 10, 10, cornerOf(sur.id)), noteAt(3, 5000, 900)])

  it('names the coop at the start as the source and the one at the end as the target', () => {
    expect(joinedCoops(board, rosterIds, { start: cornerOf(sur.id), end: 'shape:note1' })).toEqual({ source: sur.id, target: athens.id })
  })

  it('joins nothing when an end is free, lies outside every corner, or both ends are in one coop', () => {
    expect(joinedCoops(board, rosterIds, { start: cornerOf(sur.id), end: null })).toBeNull()
    expect(joinedCoops(board, rosterIds, { start: 'shape:note3', end: cornerOf(sur.id) })).toBeNull()
    expect(joinedCoops(board, rosterIds, { start: 'shape:note2', end: cornerOf(sur.id) })).toBeNull()
  })
})

describe('arrowEndsIn', () => {
  it('reads both ends of each bound arrow and ignores other records and other bindings', () => {
    const records = [
      ...boundArrow('shape:a', 'shape:x', 'shape:y'),
      ...boundArrow('shape:b', null, 'shape:z'),
      { id: 'binding:other', typeName: 'binding', type: 'custom', fromId: 'shape:c', toId: 'shape:x', props: { terminal: 'start' } },
    ]
    expect(Object.fromEntries(arrowEndsIn(records))).toEqual({
      'shape:a': { start: 'shape:x', end: 'shape:y' },
      'shape:b': { start: null, end: 'shape:z' },
    })
  })

  it('settles an end bound twice on the same shape whatever the order', () => {
    const twice = [
      arrowBindingRecord('binding:1', 'shape:a', 'shape:q', 'end'),
      arrowBindingRecord('binding:2', 'shape:a', 'shape:p', 'end'),
    ]
    expect(arrowEndsIn(twice).get('shape:a')?.end).toBe('shape:p')
    expect(arrowEndsIn([...twice].reverse()).get('shape:a')?.end).toBe('shape:p')
  })
})

describe('relationLabelOf', () => {
  it('matches a label however it was typed: case, accents, spaces', () => {
    expect(relationLabelOf('  Works   WITH ', DEFAULT_RELATION_LABELS)).toBe('works with')
    expect(relationLabelOf('Mentórs', DEFAULT_RELATION_LABELS)).toBe('mentors')
    expect(relationLabelOf('colabora con', ['works with', 'colabora con'])).toBe('colabora con')
  })

  it('matches nothing for an empty or unknown text', () => {
    expect(relationLabelOf('', DEFAULT_RELATION_LABELS)).toBeNull()
    expect(relationLabelOf('competes with', DEFAULT_RELATION_LABELS)).toBeNull()
  })
})

describe('coopArrows', () => {
  it('lists the arrows between two coops of a 31-coop board with their labels, and no other arrow', () => {
    const board = boardOf([
      ...corners,
      noteAt(1, 10, 10, cornerOf(kobe.id)),
      noteAt(2, 5000, 900),
      ...boundArrow('shape:works', cornerOf(sur.id), 'shape:note1', 'works with'),
      ...boundArrow('shape:mentors', cornerOf(lodz.id), cornerOf(athens.id), 'Mentors\n'),
      ...boundArrow('shape:unlabelled', cornerOf(athens.id), cornerOf(kobe.id)),
      ...boundArrow('shape:outside', cornerOf(sur.id), 'shape:note2', 'works with'),
      ...boundArrow('shape:free', cornerOf(sur.id), null, 'works with'),
      ...boundArrow('shape:same', cornerOf(kobe.id), 'shape:note1', 'works with'),
    ])
    const found = coopArrows(board, rosterIds).sort((a, b) => a.arrowId.localeCompare(b.arrowId))
    expect(found).toEqual([
      { arrowId: 'shape:mentors', source: lodz.id, target: athens.id, label: 'Mentors' },
      { arrowId: 'shape:unlabelled', source: athens.id, target: kobe.id, label: '' },
      { arrowId: 'shape:works', source: sur.id, target: kobe.id, label: 'works with' },
    ])
  })

  it('skips a binding whose arrow record is gone', () => {
    const board = boardOf([...corners, ...boundArrow('shape:gone', cornerOf(sur.id), cornerOf(kobe.id)).slice(1)])
    expect(coopArrows(board, rosterIds)).toEqual([])
  })
})

describe('arrowLabelText', () => {
  it('reads an arrow label as plain text and nothing from other shapes', () => {
    expect(arrowLabelText(arrow('shape:a', 'comparte infraestructura'))).toBe('comparte infraestructura')
    expect(arrowLabelText(noteAt(1, 0, 0))).toBe('')
  })
})
