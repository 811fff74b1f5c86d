import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { isAreaLocked, lockArea, unlockArea } from './locks'
import { createNoteRecord } from '../notes'

function frame(id: string, parentId = 'page:page'): Record<string, unknown> {
  return {
    id,
    typeName: 'shape',
    type: 'frame',
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w: 400, h: 300, name: id, color: 'black' },
  }
}

function boardWith(records: Record<string, unknown>[]): Y.Doc {
  const doc = new Y.Doc()
  for (const record of records) recordsMap(doc).set(record.id as string, record)
  return doc
}

function locked(doc: Y.Doc, id: string): unknown {
  return (recordsMap(doc).get(id) as Record<string, unknown>).isLocked
}

describe('locked areas', () => {
  const records = [
    frame('shape:area'),
    frame('shape:inner', 'shape:area'),
    createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: 'in', parentId: 'shape:area' }),
    createNoteRecord({ id: 'shape:n2', x: 0, y: 0, index: 'a2', text: 'deep', parentId: 'shape:inner' }),
    createNoteRecord({ id: 'shape:n3', x: 0, y: 0, index: 'a3', text: 'outside' }),
  ]

  it('locks the frame and everything inside it, at any depth, and nothing else', () => {
    const doc = boardWith(records)
    expect(lockArea(doc, 'shape:area')).toBe(true)
    for (const id of ['shape:area', 'shape:inner', 'shape:n1', 'shape:n2']) expect(locked(doc, id)).toBe(true)
    expect(locked(doc, 'shape:n3')).toBe(false)
    expect(isAreaLocked(doc, 'shape:area')).toBe(true)
  })

  it('unlocks the same shapes again', () => {
    const doc = boardWith(records)
    lockArea(doc, 'shape:area')
    expect(unlockArea(doc, 'shape:area')).toBe(true)
    for (const id of ['shape:area', 'shape:inner', 'shape:n1', 'shape:n2']) expect(locked(doc, id)).toBe(false)
    expect(isAreaLocked(doc, 'shape:area')).toBe(false)
  })

  it('does nothing for a shape that is not a frame, or a missing one', () => {
    const doc = boardWith(records)
    expect(lockArea(doc, 'shape:n3')).toBe(false)
    expect(lockArea(doc, 'shape:missing')).toBe(false)
    expect(locked(doc, 'shape:n3')).toBe(false)
    expect(isAreaLocked(doc, 'shape:n3')).toBe(false)
  })

  it('writes only the records whose lock changes', () => {
    const doc = boardWith(records)
    lockArea(doc, 'shape:inner')
    const changed: string[] = []
    recordsMap(doc).observe((event) => changed.push(...event.keysChanged))
    lockArea(doc, 'shape:area')
    expect(changed.sort()).toEqual(['shape:area', 'shape:n1'])
  })
})
