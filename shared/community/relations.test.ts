import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { recordsMap, type StoredRecord } from '../boardDoc'
import { rosterMap } from '../corners/applyPlan'
import { createCornerRecord } from '../corners/cornerRecord'
import { MEMBER_COOPS, noteAt, rosterOf } from '../corners/testing'
import { arrowBindingRecord } from '../miro/records'
import { plainTextToRichText } from '../notes'
import { DEFAULT_RELATION_LABELS, WORKING_GROUP_RELATION, type Relation } from './api'
import type { WorkingGroup } from './maps'
import { arrowRelationsOf, uniqueRelations, workingGroupRelations } from './relations'

const roster = rosterOf(MEMBER_COOPS)
const idOf = (name: string): string => roster.find((coop) => coop.name === name)?.id ?? name
const sur = idOf('Cooperativa Sur')
const kodu = idOf('Spółdzielnia Kodu')
const athens = idOf('Συνεργατική Αθήνας')
const kobe = idOf('神戸コード協同組合')
const beijing = idOf('北京开源合作社')

function arrowRecord(id: string, label: string): StoredRecord {
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

/** A board of the 31 coops, each with its corner, and whatever else `records` adds. */
function board(records: readonly StoredRecord[]): Y.Doc {
  const doc = new Y.Doc()
  roster.forEach((coop, i) => {
    const corner = createCornerRecord(coop, { x: i * 420, y: 0, w: 400, h: 300 }, `a${(i + 1).toString(36)}`)
    rosterMap(doc).set(coop.id, { ...coop, cornerId: corner.id })
    recordsMap(doc).set(corner.id, corner)
  })
  for (const record of records) recordsMap(doc).set(record.id, record)
  return doc
}

function cornerOf(doc: Y.Doc, coopId: string): string {
  const value = rosterMap(doc).get(coopId) as { cornerId: string }
  return value.cornerId
}

function arrow(doc: Y.Doc, id: string, from: string | null, to: string | null, label: string): void {
  recordsMap(doc).set(`shape:${id}`, arrowRecord(`shape:${id}`, label))
  if (from !== null) recordsMap(doc).set(`binding:${id}-s`, arrowBindingRecord(`binding:${id}-s`, `shape:${id}`, from, 'start'))
  if (to !== null) recordsMap(doc).set(`binding:${id}-e`, arrowBindingRecord(`binding:${id}-e`, `shape:${id}`, to, 'end'))
}

describe('arrowRelationsOf', () => {
  it('finds labelled arrows between two coops corners, or shapes inside them, with the community spelling of the label', () => {
    const doc = board([])
    recordsMap(doc).set('shape:note1', noteAt(1, 10, 10, cornerOf(doc, kobe)))
    arrow(doc, 'a1', cornerOf(doc, sur), cornerOf(doc, kodu), 'Works With')
    arrow(doc, 'a2', 'shape:note1', cornerOf(doc, athens), ' shares   infrastructure ')
    arrow(doc, 'a3', cornerOf(doc, athens), cornerOf(doc, beijing), 'Mentors')
    const labels = [...DEFAULT_RELATION_LABELS, 'Comparte oficina']
    arrow(doc, 'a4', cornerOf(doc, beijing), cornerOf(doc, sur), 'comparte oficina')
    const found = arrowRelationsOf(doc, labels)
    expect(found).toHaveLength(4)
    expect(found).toEqual(
      expect.arrayContaining<Relation>([
        { source: sur, target: kodu, label: 'works with', origin: 'arrow' },
        { source: kobe, target: athens, label: 'shares infrastructure', origin: 'arrow' },
        { source: athens, target: beijing, label: 'mentors', origin: 'arrow' },
        { source: beijing, target: sur, label: 'Comparte oficina', origin: 'arrow' },
      ]),
    )
  })

  it('leaves out arrows with another label or none, a free end, one coop at both ends, or a corner of a coop off the roster', () => {
    const doc = board([noteAt(2, 5000, 900)])
    arrow(doc, 'b1', cornerOf(doc, sur), cornerOf(doc, kodu), 'hates')
    arrow(doc, 'b2', cornerOf(doc, sur), cornerOf(doc, kodu), '')
    arrow(doc, 'b3', cornerOf(doc, sur), null, 'works with')
    arrow(doc, 'b4', cornerOf(doc, sur), cornerOf(doc, sur), 'works with')
    arrow(doc, 'b5', cornerOf(doc, sur), 'shape:note2', 'works with')
    const gone = cornerOf(doc, athens)
    rosterMap(doc).delete(athens)
    arrow(doc, 'b6', cornerOf(doc, sur), gone, 'works with')
    expect(arrowRelationsOf(doc, DEFAULT_RELATION_LABELS)).toEqual([])
  })
})

function group(id: string, coopIds: string[]): WorkingGroup {
  return { id, name: id, coopIds, people: ['Ana Pérez'], areaId: null, createdAt: 1 }
}

describe('workingGroupRelations', () => {
  it('relates every two coops of a group once, smaller id first, leaving out coops off the roster', () => {
    const known = new Set([sur, kodu, athens, kobe])
    const relations = workingGroupRelations([group('infra', [kobe, sur, athens, sur, 'gone-coop']), group('solo', [kodu])], known)
    const pair = (a: string, b: string) => (a < b ? [a, b] : [b, a])
    expect(relations.map((r) => [r.source, r.target])).toEqual(
      expect.arrayContaining([pair(kobe, sur), pair(kobe, athens), pair(sur, athens)]),
    )
    expect(relations).toHaveLength(3)
    expect(relations.every((r) => r.label === WORKING_GROUP_RELATION && r.origin === 'workingGroup' && r.source < r.target)).toBe(true)
  })
})

describe('uniqueRelations', () => {
  it('keeps the first of relations between the same two coops with the same label, whichever way they point', () => {
    const relations: Relation[] = [
      { source: sur, target: kodu, label: 'works with', origin: 'arrow' },
      { source: kodu, target: sur, label: 'Works  With', origin: 'arrow' },
      { source: kodu, target: sur, label: 'mentors', origin: 'arrow' },
      { source: kodu, target: sur, label: WORKING_GROUP_RELATION, origin: 'arrow' },
      { source: sur, target: kodu, label: WORKING_GROUP_RELATION, origin: 'workingGroup' },
    ]
    expect(uniqueRelations(relations)).toEqual([relations[0], relations[2], relations[3]])
  })
})
