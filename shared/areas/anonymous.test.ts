import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  anonymousAncestor,
  anonymousAreaFrom,
  hasAuthor,
  isAnonymousArea,
  namelessInAnonymousArea,
  namesWriter,
  setAreaAnonymous,
  withoutWriter,
} from './anonymous'
import { boardContentRecords } from '../boardFiles/tldrFile'
import { recordsMap } from '../boardDoc'
import { createNoteRecord } from '../notes'

const ANA = { id: 'p-ana', name: 'Ana', coop: 'Sur' }

function frame(id: string, parentId = 'page:page', meta: Record<string, unknown> = {}): Record<string, unknown> {
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
    meta,
    props: { w: 400, h: 300, name: id, color: 'black' },
  }
}

function boardWith(records: Record<string, unknown>[]): Y.Doc {
  const doc = new Y.Doc()
  for (const record of records) recordsMap(doc).set(record.id as string, record)
  return doc
}

/** The note as tldraw leaves it after Ana edits its text. */
function withLastEditor(note: Record<string, unknown>): Record<string, unknown> & { props: Record<string, unknown> } {
  return { ...note, props: { ...(note.props as Record<string, unknown>), textLastEditedBy: ANA.id } }
}

const records = [
  frame('shape:area', 'page:page', { coopId: 'sur' }),
  frame('shape:inner', 'shape:area'),
  createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: 'in', parentId: 'shape:area', author: ANA }),
  withLastEditor(createNoteRecord({ id: 'shape:n2', x: 0, y: 0, index: 'a2', text: 'deep', parentId: 'shape:inner', author: ANA })),
  createNoteRecord({ id: 'shape:n3', x: 0, y: 0, index: 'a3', text: 'outside', author: ANA }),
]

describe('anonymous areas', () => {
  it('recognises only frames marked anonymous', () => {
    expect(isAnonymousArea(frame('shape:f', 'page:page', { anonymous: true }))).toBe(true)
    expect(isAnonymousArea(frame('shape:f'))).toBe(false)
    expect(isAnonymousArea(frame('shape:f', 'page:page', { anonymous: 'yes' }))).toBe(false)
    expect(isAnonymousArea({ ...createNoteRecord({ id: 'shape:n', x: 0, y: 0, index: 'a1', text: '' }), meta: { anonymous: true } })).toBe(
      false,
    )
    expect(isAnonymousArea(null)).toBe(false)
  })

  it('marks a frame, keeping its other meta, and strips the authors already inside', () => {
    const doc = boardWith(records)
    expect(setAreaAnonymous(doc, 'shape:area', true)).toBe(true)
    const area = recordsMap(doc).get('shape:area') as Record<string, unknown>
    expect(area.meta).toEqual({ coopId: 'sur', anonymous: true })
    expect(hasAuthor(recordsMap(doc).get('shape:n1'))).toBe(false)
    expect(namesWriter(recordsMap(doc).get('shape:n2'))).toBe(false)
    expect((recordsMap(doc).get('shape:n2') as { props: Record<string, unknown> }).props.textLastEditedBy).toBeNull()
    expect(hasAuthor(recordsMap(doc).get('shape:n3'))).toBe(true)
  })

  it('tells a shape that names its writer, and clears both fields', () => {
    const authored = createNoteRecord({ id: 'shape:a', x: 0, y: 0, index: 'a1', text: 'x', author: ANA })
    const edited = withLastEditor(createNoteRecord({ id: 'shape:e', x: 0, y: 0, index: 'a1', text: 'x' }))
    const nobody = createNoteRecord({ id: 'shape:o', x: 0, y: 0, index: 'a1', text: 'x' })
    expect([authored, edited, nobody].map(namesWriter)).toEqual([true, true, false])
    expect(namesWriter({ ...frame('shape:f'), meta: { author: ANA } })).toBe(true)
    expect(namesWriter(withoutWriter(authored))).toBe(false)
    expect(withoutWriter(edited).props).toEqual({ ...edited.props, textLastEditedBy: null })
    expect(withoutWriter(nobody)).toBe(nobody)
    expect(withoutWriter(frame('shape:f')).props).not.toHaveProperty('textLastEditedBy')
    // A note of the older schema, as a board stored before tldraw renamed the prop holds it.
    const { textLastEditedBy: _renamed, ...olderProps } = withLastEditor(nobody).props
    const older = { ...nobody, props: { ...olderProps, textFirstEditedBy: ANA.id } }
    expect(namesWriter(older)).toBe(true)
    expect(withoutWriter(older).props).toEqual({ ...olderProps, textFirstEditedBy: null })
  })

  it('finds the anonymous area above a shape at any depth', () => {
    const doc = boardWith(records)
    const map = recordsMap(doc)
    expect(anonymousAncestor(map, 'shape:n2')).toBeNull()
    setAreaAnonymous(doc, 'shape:area', true)
    expect(anonymousAncestor(map, 'shape:n2')).toBe('shape:area')
    expect(anonymousAncestor(map, 'shape:n1')).toBe('shape:area')
    expect(anonymousAncestor(map, 'shape:area')).toBeNull()
    expect(anonymousAncestor(map, 'shape:n3')).toBeNull()
    expect(anonymousAreaFrom(map, 'shape:inner')).toBe('shape:area')
    expect(anonymousAreaFrom(map, 'page:page')).toBeNull()
  })

  it('shows authors again for new notes only, and survives a parent cycle', () => {
    const doc = boardWith(records)
    setAreaAnonymous(doc, 'shape:area', true)
    expect(setAreaAnonymous(doc, 'shape:area', false)).toBe(true)
    expect((recordsMap(doc).get('shape:area') as Record<string, unknown>).meta).toEqual({ coopId: 'sur' })
    expect(hasAuthor(recordsMap(doc).get('shape:n1'))).toBe(false)
    const cyclic = boardWith([frame('shape:a', 'shape:b'), frame('shape:b', 'shape:a')])
    expect(anonymousAreaFrom(recordsMap(cyclic), 'shape:a')).toBeNull()
  })

  it('refuses to mark what is not a frame', () => {
    const doc = boardWith(records)
    expect(setAreaAnonymous(doc, 'shape:n3', true)).toBe(false)
    expect(setAreaAnonymous(doc, 'shape:missing', true)).toBe(false)
  })

  it('exports a board stored with writers in an anonymous area as naming nobody there', () => {
    const stored = [
      frame('shape:area', 'page:page', { anonymous: true }),
      withLastEditor(createNoteRecord({ id: 'shape:in', x: 0, y: 0, index: 'a1', text: 'in', parentId: 'shape:area', author: ANA })),
      withLastEditor(createNoteRecord({ id: 'shape:out', x: 0, y: 0, index: 'a2', text: 'out', author: ANA })),
    ]
    const exported = new Map(boardContentRecords(boardWith(stored)).map((record) => [record.id, record]))
    expect(namesWriter(exported.get('shape:in'))).toBe(false)
    expect(JSON.stringify(exported.get('shape:in'))).not.toContain(ANA.id)
    expect(exported.get('shape:out')).toEqual(stored[2])
    const map = recordsMap(boardWith(stored))
    expect(namelessInAnonymousArea(map, stored[2] ?? {})).toBe(stored[2])
  })
})
