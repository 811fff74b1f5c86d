import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { assembleRecord, changedParts, partMapName, pickPart, RECORD_PARTS } from './parts'
import { jsonEqual } from '../jsonEqual'

function note(overrides: Record<string, unknown> = {}, props: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'shape:n1',
    typeName: 'shape',
    type: 'note',
    x: 10,
    y: 20,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    props: { color: 'yellow', size: 'm', richText: { type: 'doc' }, growY: 0, fontSizeAdjustment: 1, textLastEditedBy: null, ...props },
    meta: { author: { id: 'user:ana', name: 'Ana Łukasik' } },
    ...overrides,
  }
}

/** Two documents that exchange updates when told to, like two browsers through the server. */
function pair(): { a: Y.Doc; b: Y.Doc; sync: () => void } {
  const a = new Y.Doc()
  const b = new Y.Doc()
  const sync = (): void => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
  }
  return { a, b, sync }
}

describe('record parts', () => {
  it('splits a record into parts that put it back together', () => {
    const record = note()
    const parts = new Map(RECORD_PARTS.map((part) => [part, pickPart(record, part)] as const))
    expect(parts.get('place')).toEqual({ x: 10, y: 20, rotation: 0, index: 'a1', parentId: 'page:page' })
    expect(parts.get('text')).toEqual({ richText: { type: 'doc' }, textLastEditedBy: null })
    expect(parts.get('fit')).toEqual({ growY: 0, fontSizeAdjustment: 1 })
    expect(parts.get('style')).toEqual({ color: 'yellow', size: 'm' })
    expect(parts.get('other')).toEqual({ type: 'note', isLocked: false, opacity: 1 })
    expect(assembleRecord({ id: 'shape:n1', typeName: 'shape' }, parts)).toEqual(record)
  })

  it('lets a part replace every field of its kind, removing those it no longer has', () => {
    const assembled = assembleRecord(note(), new Map([['style', { color: 'red' }]]))
    expect((assembled.props as Record<string, unknown>).color).toBe('red')
    expect((assembled.props as Record<string, unknown>).size).toBeUndefined()
    expect((assembled.props as Record<string, unknown>).richText).toEqual({ type: 'doc' })
  })

  it('names the parts a change made', () => {
    expect([...changedParts(note(), note({ x: 99 }, { color: 'red' }), jsonEqual)].sort()).toEqual(['place', 'style'])
    expect([...changedParts(note(), note({ meta: {} }), jsonEqual)]).toEqual(['meta'])
  })
})

describe('BoardRecords', () => {
  it('writes a new record whole and a change as the parts it changed', () => {
    const doc = new Y.Doc()
    const records = recordsMap(doc)
    records.set('shape:n1', note())
    expect(doc.getMap('records').get('shape:n1')).toEqual(note())
    records.set('shape:n1', note({ x: 50 }))
    expect(doc.getMap('records').get('shape:n1')).toEqual(note())
    expect(doc.getMap(partMapName('place')).get('shape:n1')).toEqual({ x: 50, y: 20, rotation: 0, index: 'a1', parentId: 'page:page' })
    expect(doc.getMap(partMapName('style')).has('shape:n1')).toBe(false)
    expect(records.get('shape:n1')).toEqual(note({ x: 50 }))
    expect(records.toJSON()).toEqual({ 'shape:n1': note({ x: 50 }) })
    expect(records.size).toBe(1)
  })

  it('writes only the parts it is told a change made', () => {
    const doc = new Y.Doc()
    const records = recordsMap(doc)
    records.set('shape:n1', note())
    records.set('shape:n1', note({ x: 50 }, { color: 'red' }), new Set(['style']))
    expect(records.get('shape:n1')).toEqual(note({}, { color: 'red' }))
  })

  it('merges a move and a recolour made at the same time, and a text edit made offline', () => {
    const { a, b, sync } = pair()
    recordsMap(a).set('shape:n1', note())
    sync()
    recordsMap(a).set('shape:n1', note({ x: 500, parentId: 'shape:frame' }))
    recordsMap(b).set('shape:n1', note({}, { color: 'light-blue', size: 'xl' }))
    recordsMap(b).set('shape:n1', note({}, { color: 'light-blue', size: 'xl', richText: { type: 'doc', content: [] } }))
    sync()
    const merged = note({ x: 500, parentId: 'shape:frame' }, { color: 'light-blue', size: 'xl', richText: { type: 'doc', content: [] } })
    expect(recordsMap(a).get('shape:n1')).toEqual(merged)
    expect(recordsMap(b).get('shape:n1')).toEqual(merged)
  })

  it('ends two changes of the same part the same way on both sides', () => {
    const { a, b, sync } = pair()
    recordsMap(a).set('shape:n1', note())
    sync()
    recordsMap(a).set('shape:n1', note({}, { color: 'red' }))
    recordsMap(b).set('shape:n1', note({}, { color: 'green' }))
    sync()
    expect(recordsMap(a).get('shape:n1')).toEqual(recordsMap(b).get('shape:n1'))
  })

  it('deletes a record with its parts, and starts a re-created one whole', () => {
    const doc = new Y.Doc()
    const records = recordsMap(doc)
    records.set('shape:n1', note())
    records.set('shape:n1', note({ x: 1 }, { color: 'red' }))
    records.delete('shape:n1')
    for (const part of RECORD_PARTS) expect(doc.getMap(partMapName(part)).size).toBe(0)
    expect(records.has('shape:n1')).toBe(false)
    records.set('shape:n1', note({ y: 7 }))
    expect(records.get('shape:n1')).toEqual(note({ y: 7 }))
  })

  it('replaces a record whole, leaving nothing of its old base', () => {
    const doc = new Y.Doc()
    const records = recordsMap(doc)
    records.set('shape:n1', note())
    records.set('shape:n1', note({ x: 3 }))
    records.replace('shape:n1', note({ meta: {} }))
    expect(doc.getMap('records').get('shape:n1')).toEqual(note({ meta: {} }))
    expect(doc.getMap(partMapName('place')).size).toBe(0)
  })

  it('tells its subscribers which records changed, whichever part', () => {
    const doc = new Y.Doc()
    const records = recordsMap(doc)
    records.set('shape:n1', note())
    const heard: string[] = []
    const observer = (event: { keysChanged: ReadonlySet<string> }): void => void heard.push(...event.keysChanged)
    records.observe(observer)
    records.set('shape:n1', note({}, { color: 'red' }))
    records.unobserve(observer)
    records.set('shape:n1', note({}, { color: 'blue' }))
    expect(heard).toEqual(['shape:n1'])
  })
})
