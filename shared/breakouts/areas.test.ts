import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { boxesOverlap, type Box } from '../geometry'
import { createNoteRecord } from '../notes'
import {
  AREA_SIZE,
  areaIdFor,
  createGroupAreaRecord,
  groupAreaOf,
  indicesAboveShapes,
  isGroupAreaRecord,
  isInsideArea,
  planGroupAreas,
} from './areas'

const schema = createTLSchema()
const session = { id: 'abc123', pageId: 'page:page' }
const group = { id: 'g2', name: 'Housing — 住宅', areaId: areaIdFor('abc123', 'g2') }

describe('planGroupAreas', () => {
  it('lays frames out in a grid of about √count columns, at the origin of an empty page', () => {
    const boxes = planGroupAreas(5, [])
    expect(boxes).toHaveLength(5)
    expect(new Set(boxes.map((b) => b.x)).size).toBe(3)
    expect(new Set(boxes.map((b) => b.y)).size).toBe(2)
    expect(boxes[0]).toEqual({ x: 0, y: 0, ...AREA_SIZE })
    expect(planGroupAreas(0, [])).toEqual([])
    expect(
      planGroupAreas(4, [])
        .map((b) => b.x)
        .filter((x, i, all) => all.indexOf(x) === i),
    ).toHaveLength(2)
  })

  it('places frames clear of everything occupied, left-aligned with the content, and deterministically', () => {
    const occupied: Box[] = [
      { x: -300, y: -200, w: 900, h: 400 },
      { x: 2000, y: 500, w: 200, h: 200 },
      { x: 100, y: 1500, w: 5000, h: 3000 },
    ]
    for (const count of [1, 2, 7, 30]) {
      const boxes = planGroupAreas(count, occupied)
      expect(boxes).toHaveLength(count)
      for (const box of boxes) for (const other of occupied) expect(boxesOverlap(box, other)).toBe(false)
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i] as Box, boxes[j] as Box)).toBe(false)
      }
      expect(Math.min(...boxes.map((b) => b.x))).toBe(-300)
      expect(planGroupAreas(count, occupied)).toEqual(boxes)
    }
  })
})

describe('group area records', () => {
  const area = createGroupAreaRecord(session, group, { x: 10, y: 20, w: 1600, h: 1000 }, 'a5')

  it("are frames that pass tldraw 5's validators, named after the group and marked with the session", () => {
    expect(() => schema.types.shape.validate(area)).not.toThrow()
    expect(area).toMatchObject({
      id: 'shape:breakout-abc123-g2',
      type: 'frame',
      parentId: 'page:page',
      meta: { breakout: { sessionId: 'abc123', groupId: 'g2' } },
      props: { w: 1600, h: 1000, name: 'Housing — 住宅' },
    })
    expect(groupAreaOf(area)).toEqual({ sessionId: 'abc123', groupId: 'g2' })
  })

  it('are rejected by tldraw with a bad index, so the test really validates', () => {
    expect(() => schema.types.shape.validate(createGroupAreaRecord(session, group, { x: 0, y: 0, w: 10, h: 10 }, 'a10'))).toThrow()
  })

  it('get valid indices above the page’s shapes, skipping keys tldraw cannot build on', () => {
    const shapes = [
      { id: 'shape:a', typeName: 'shape', index: 'a3' },
      { id: 'shape:b', typeName: 'shape', index: 'zz-not-a-key' },
    ]
    const keys = indicesAboveShapes(shapes, 30)
    expect(keys).toHaveLength(30)
    expect(keys.every((key) => key > 'a3')).toBe(true)
    for (const key of keys) expect(() => schema.types.shape.validate({ ...area, index: key })).not.toThrow()
    expect(indicesAboveShapes([], 2)).toHaveLength(2)
  })

  it('are told apart from other shapes', () => {
    const note = createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: 'x' })
    expect(isGroupAreaRecord(area)).toBe(true)
    expect(isGroupAreaRecord(note)).toBe(false)
    expect(isGroupAreaRecord({ ...note, meta: area.meta })).toBe(false)
    expect(isGroupAreaRecord({ ...area, meta: { breakout: { sessionId: 'abc123' } } })).toBe(false)
    expect(isGroupAreaRecord({ ...area, meta: {} })).toBe(false)
    for (const value of [null, undefined, 'shape:x', 42, []]) expect(groupAreaOf(value)).toBeNull()
  })
})

describe('isInsideArea', () => {
  const byId = (records: StoredRecord[]) => new Map(records.map((r) => [r.id, r]))
  const areaId = areaIdFor('abc123', 'g1')
  const records = byId([
    { id: areaId, typeName: 'shape', parentId: 'page:page' },
    { id: 'shape:inner-frame', typeName: 'shape', parentId: areaId },
    { id: 'shape:deep', typeName: 'shape', parentId: 'shape:inner-frame' },
    { id: 'shape:outside', typeName: 'shape', parentId: 'page:page' },
    { id: 'shape:loop1', typeName: 'shape', parentId: 'shape:loop2' },
    { id: 'shape:loop2', typeName: 'shape', parentId: 'shape:loop1' },
  ])

  it('follows the parent chain to any depth', () => {
    expect(isInsideArea(records, 'shape:inner-frame', areaId)).toBe(true)
    expect(isInsideArea(records, 'shape:deep', areaId)).toBe(true)
    expect(isInsideArea(records, 'shape:outside', areaId)).toBe(false)
    expect(isInsideArea(records, areaId, areaId)).toBe(false)
    expect(isInsideArea(records, 'shape:missing', areaId)).toBe(false)
    expect(isInsideArea(records, 'shape:loop1', areaId)).toBe(false)
  })
})
