import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap, type StoredRecord } from '../boardDoc'
import { createNoteRecord } from '../notes'
import { applyRestorePlan, restorableAreas, restorePlan, sameJson, splitRestorePlan } from './restore'

const page: StoredRecord = { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
const frame = (id: string, name: string, x = 0): StoredRecord => ({
  id,
  typeName: 'shape',
  type: 'frame',
  x,
  y: 0,
  rotation: 0,
  index: 'a2',
  parentId: 'page:page',
  isLocked: false,
  opacity: 1,
  meta: {},
  props: { w: 500, h: 500, name, color: 'black' },
})
const note = (n: number, parentId = 'page:page', text = `note ${n}`): StoredRecord => ({
  ...createNoteRecord({ id: `shape:n${n}`, x: n * 10, y: 0, index: `a${n}V`, text }),
  parentId,
})
const user: StoredRecord = { id: 'user:ana', typeName: 'user', name: 'Ana', meta: {} }
const arrow = (id: string, fromId: string, toId: string): StoredRecord => ({
  id,
  typeName: 'binding',
  type: 'arrow',
  fromId,
  toId,
  props: {},
  meta: {},
})

function board(records: StoredRecord[]): Map<string, StoredRecord> {
  return new Map(records.map((r) => [r.id, r]))
}

/** Applies a plan to plain records, as the document would hold them afterwards. */
function after(live: StoredRecord[], plan: ReturnType<typeof restorePlan>): Map<string, StoredRecord> {
  const result = board(live)
  for (const record of plan.put) result.set(record.id, record)
  for (const id of plan.remove) result.delete(id)
  return result
}

describe('restorePlan for the whole board', () => {
  it('brings back every deleted note and removes what was added since, leaving user records alone', () => {
    const snapshot = [page, note(1), note(2), note(3), user]
    const live = [page, note(4), { ...user, name: 'Ana P.' }]
    const plan = restorePlan(live, snapshot)
    expect(plan.put.map((r) => r.id)).toEqual(['shape:n1', 'shape:n2', 'shape:n3'])
    expect(plan.remove).toEqual(['shape:n4'])
    const result = after(live, plan)
    expect([...result.keys()].sort()).toEqual(['page:page', 'shape:n1', 'shape:n2', 'shape:n3', 'user:ana'])
    expect(result.get('user:ana')?.name).toBe('Ana P.')
  })

  it('writes nothing for records that are already as in the snapshot (key order ignored)', () => {
    const reordered = Object.fromEntries(Object.entries(note(1)).reverse()) as StoredRecord
    expect(restorePlan([page, reordered], [page, note(1)])).toEqual({ put: [], remove: [] })
  })

  it('restores an edited note to its text at the time of the snapshot', () => {
    const plan = restorePlan([page, note(1, 'page:page', 'rewritten')], [page, note(1)])
    expect(plan.put).toEqual([note(1)])
  })

  it('puts pages before shapes and frames before what they hold, and removes children first', () => {
    const snapshot = [page, frame('shape:f', 'Budget'), note(1, 'shape:f')]
    expect(restorePlan([], snapshot).put.map((r) => r.id)).toEqual(['page:page', 'shape:f', 'shape:n1'])
    expect(restorePlan(snapshot, []).remove).toEqual(['shape:n1', 'shape:f', 'page:page'])
  })
})

describe('restorePlan for one area', () => {
  const budget = frame('shape:budget', 'Budget')
  const housing = frame('shape:housing', 'Housing', 1000)

  it('restores the frame and the notes inside it and leaves the rest of the board as it is live', () => {
    const snapshot = [page, budget, housing, note(1, budget.id), note(2, housing.id)]
    const live = [page, housing, note(2, housing.id, 'changed live'), note(5)]
    const plan = restorePlan(live, snapshot, { areaId: budget.id })
    const result = after(live, plan)
    expect(result.get(budget.id)).toEqual(budget)
    expect(result.get('shape:n1')).toEqual(note(1, budget.id))
    expect(result.get('shape:n2')?.props).toEqual(note(2, housing.id, 'changed live').props)
    expect(result.has('shape:n5')).toBe(true)
  })

  it('removes notes added to the area since, and sends notes moved into it back where they were', () => {
    const snapshot = [page, budget, note(1, budget.id), note(2)]
    const live = [page, budget, note(1, budget.id), note(2, budget.id), note(3, budget.id)]
    const plan = restorePlan(live, snapshot, { areaId: budget.id })
    expect(plan.remove).toEqual(['shape:n3'])
    expect(plan.put).toEqual([note(2)])
  })

  it('drops bindings to removed shapes and brings back the area’s own', () => {
    const snapshot = [page, budget, note(1, budget.id), note(2, budget.id), arrow('binding:a', 'shape:n1', 'shape:n2')]
    const live = [page, budget, note(2, budget.id), note(3, budget.id), arrow('binding:b', 'shape:n3', 'shape:n2')]
    const plan = restorePlan(live, snapshot, { areaId: budget.id })
    expect(plan.remove.sort()).toEqual(['binding:b', 'shape:n3'])
    expect(plan.put.map((r) => r.id)).toEqual(['shape:n1', 'binding:a'])
  })

  it('refuses an area that is not a frame of the snapshot', () => {
    expect(() => restorePlan([page], [page, note(1)], { areaId: 'shape:n1' })).toThrow(/not in the snapshot/)
    expect(() => restorePlan([page], [page], { areaId: 'shape:nope' })).toThrow(/not in the snapshot/)
  })
})

describe('restore helpers', () => {
  it('lists the frames of a snapshot by name', () => {
    expect(restorableAreas([page, frame('shape:b', 'Budget'), frame('shape:a', ' '), note(1)])).toEqual([
      { id: 'shape:b', name: 'Budget' },
      { id: 'shape:a', name: 'Frame' },
    ])
  })

  it('splits a big plan into parts the server accepts, puts first', () => {
    const plan = { put: [note(1), note(2), note(3)], remove: ['shape:x', 'shape:y'] }
    const parts = splitRestorePlan(plan, 2)
    expect(parts.map((p) => [p.put.length, p.remove.length])).toEqual([
      [2, 0],
      [1, 1],
      [0, 1],
    ])
  })

  it('writes a plan into the document in the caller’s transaction', () => {
    const doc = new Y.Doc()
    recordsMap(doc).set('shape:n9', note(9))
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    doc.transact(() => applyRestorePlan(doc, { put: [page, note(1)], remove: ['shape:n9'] }))
    expect(transactions).toBe(1)
    expect([...recordsMap(doc).keys()].sort()).toEqual(['page:page', 'shape:n1'])
  })

  it('compares JSON values structurally', () => {
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameJson([1], { 0: 1 })).toBe(false)
  })
})
