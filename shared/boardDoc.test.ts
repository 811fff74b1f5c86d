import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readRecords, recordsMap } from './boardDoc'

describe('readRecords', () => {
  it('gives every record as plain JSON and skips entries that are not records', () => {
    const doc = new Y.Doc()
    const note = { id: 'shape:a', typeName: 'shape', type: 'note', x: 1 }
    recordsMap(doc).set(note.id, note)
    recordsMap(doc).set('page:p', { id: 'page:p', typeName: 'page', name: 'Page 1' })
    recordsMap(doc).set('broken', { id: 'broken' })
    recordsMap(doc).set('list', ['shape:b'])
    expect(
      readRecords(doc)
        .map((record) => record.id)
        .sort(),
    ).toEqual(['page:p', 'shape:a'])
    expect(readRecords(doc).find((record) => record.id === note.id)).toEqual(note)
  })
})
