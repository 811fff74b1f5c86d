import { createTLSchema } from '@tldraw/tlschema'
import { getIndicesAbove, type IndexKey } from '@tldraw/utils'
import { describe, expect, it } from 'vitest'
import { createNoteRecord } from '../notes'
import { cornerCoopId, cornerIdFor, cornerOf, cornersByCoop, createCornerRecord, isCornerRecord } from './cornerRecord'
import type { Coop } from './roster'

const schema = createTLSchema()
const sur: Coop = {
  id: 'cooperativa-sur',
  name: 'Cooperativa Sur',
  country: 'Argentina',
  website: '',
  description: '',
  delegates: [],
  color: 'violet',
  cornerId: null,
}

describe('createCornerRecord', () => {
  it("builds a frame that passes tldraw 5's validators, named and coloured after the coop", () => {
    const record = createCornerRecord(sur, { x: 10, y: 20, w: 1200, h: 900 }, 'a1')
    expect(() => schema.types.shape.validate(record)).not.toThrow()
    expect(record).toMatchObject({
      id: 'shape:corner-cooperativa-sur',
      type: 'frame',
      x: 10,
      y: 20,
      parentId: 'page:page',
      meta: { coopId: 'cooperativa-sur' },
      props: { w: 1200, h: 900, name: 'Cooperativa Sur', color: 'violet' },
    })
  })

  it('uses the coop’s corner id and page when given, and ids with accents and other scripts stay valid', () => {
    const record = createCornerRecord({ ...sur, cornerId: 'shape:abc' }, { x: 0, y: 0, w: 100, h: 100 }, 'a2', 'page:breakouts')
    expect(record.id).toBe('shape:abc')
    expect(record.parentId).toBe('page:breakouts')
    const japanese = createCornerRecord({ ...sur, id: '神戸コード', name: '神戸コード' }, { x: 0, y: 0, w: 100, h: 100 }, 'a3')
    expect(() => schema.types.shape.validate(japanese)).not.toThrow()
  })

  it('is rejected by tldraw with a bad index or a zero size, so the test really validates', () => {
    expect(() => schema.types.shape.validate(createCornerRecord(sur, { x: 0, y: 0, w: 100, h: 100 }, 'a10'))).toThrow()
    expect(() => schema.types.shape.validate(createCornerRecord(sur, { x: 0, y: 0, w: 0, h: 100 }, 'a1'))).toThrow()
  })

  it('accepts the index keys tldraw generates above existing ones', () => {
    const keys = getIndicesAbove('a9' as IndexKey, 40)
    for (const key of keys) {
      expect(() => schema.types.shape.validate(createCornerRecord(sur, { x: 0, y: 0, w: 1, h: 1 }, key))).not.toThrow()
    }
    expect([...keys].sort()).toEqual(keys)
  })
})

describe('corner records', () => {
  const corner = createCornerRecord(sur, { x: 0, y: 0, w: 100, h: 100 }, 'a1')
  const note = createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: 'x' })

  it('are frames with a coop id; nothing else is', () => {
    expect(cornerCoopId(corner)).toBe('cooperativa-sur')
    expect(isCornerRecord(corner)).toBe(true)
    expect(isCornerRecord(note)).toBe(false)
    expect(isCornerRecord({ ...note, meta: { coopId: 'cooperativa-sur' } })).toBe(false)
    expect(isCornerRecord({ ...corner, meta: {} })).toBe(false)
    expect(isCornerRecord({ ...corner, meta: { coopId: 7 } })).toBe(false)
    for (const value of [null, undefined, 'shape:x', 42, []]) expect(isCornerRecord(value)).toBe(false)
  })

  it('are found by coop, preferring the one the roster names', () => {
    const copy = { ...corner, id: 'shape:copy' }
    const corners = cornersByCoop([note, corner, copy])
    expect(corners.get('cooperativa-sur')?.map((r) => r.id)).toEqual(['shape:copy', 'shape:corner-cooperativa-sur'])
    expect(cornerOf({ ...sur, cornerId: cornerIdFor(sur.id) }, corners)?.id).toBe('shape:corner-cooperativa-sur')
    expect(cornerOf(sur, corners)?.id).toBe('shape:copy')
    expect(cornerOf({ ...sur, id: 'other' }, corners)).toBeNull()
  })
})
