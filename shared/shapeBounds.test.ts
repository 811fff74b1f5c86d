import { describe, expect, it } from 'vitest'
import type { StoredRecord } from './boardDoc'
import { createNoteRecord } from './notes'
import { shapeBox, topLevelShapes } from './shapeBounds'

const shape = (fields: Record<string, unknown>): StoredRecord => ({
  id: 'shape:s',
  typeName: 'shape',
  x: 0,
  y: 0,
  rotation: 0,
  parentId: 'page:page',
  ...fields,
})

describe('shapeBox', () => {
  it('sizes notes at 200 × (200 + growY), scaled', () => {
    const note = createNoteRecord({ id: 'shape:n', x: 100, y: 50, index: 'a1', text: 'x' }) as StoredRecord
    expect(shapeBox(note)).toEqual({ x: 100, y: 50, w: 200, h: 200 })
    const grown = { ...note, props: { ...(note.props as object), growY: 40, scale: 2 } }
    expect(shapeBox(grown)).toEqual({ x: 100, y: 50, w: 400, h: 480 })
  })

  it('uses w and h (and growY) where a shape has them', () => {
    expect(shapeBox(shape({ type: 'geo', x: -10, y: 5, props: { w: 300, h: 100, growY: 20 } }))).toEqual({ x: -10, y: 5, w: 300, h: 120 })
    expect(shapeBox(shape({ type: 'frame', props: { w: 1200, h: 900 } }))).toEqual({ x: 0, y: 0, w: 1200, h: 900 })
    expect(shapeBox(shape({ type: 'text', props: { w: 500 } }))).toEqual({ x: 0, y: 0, w: 500, h: 200 })
  })

  it('spans the points of arrows and lines, and takes a default square for anything else', () => {
    expect(shapeBox(shape({ type: 'arrow', x: 10, y: 10, props: { start: { x: 0, y: 0 }, end: { x: 400, y: -50 } } }))).toEqual({
      x: 10,
      y: -40,
      w: 400,
      h: 50,
    })
    expect(shapeBox(shape({ type: 'draw', x: 7, y: 8, props: {} }))).toEqual({ x: 7, y: 8, w: 200, h: 200 })
  })

  it('covers a rotated shape with its rotated extent', () => {
    const box = shapeBox(shape({ type: 'geo', x: 0, y: 0, rotation: Math.PI / 2, props: { w: 300, h: 100 } }))!
    expect(box.x).toBeCloseTo(-100)
    expect(box.y).toBeCloseTo(0)
    expect(box.w).toBeCloseTo(100)
    expect(box.h).toBeCloseTo(300)
  })

  it('has no box for records that are not shapes', () => {
    expect(shapeBox({ id: 'page:page', typeName: 'page' })).toBeNull()
  })
})

describe('topLevelShapes', () => {
  it('keeps only the shapes directly on the page', () => {
    const records: StoredRecord[] = [
      shape({ id: 'shape:a' }),
      shape({ id: 'shape:b', parentId: 'shape:a' }),
      shape({ id: 'shape:c', parentId: 'page:other' }),
      { id: 'page:page', typeName: 'page' },
    ]
    expect(topLevelShapes(records, 'page:page').map((r) => r.id)).toEqual(['shape:a'])
  })
})
