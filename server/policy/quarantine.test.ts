import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocMetaKey, docMetaMap, recordsMap } from '../../shared/boardDoc'
import { quarantineMap } from '../../shared/namedMaps'
import { createBoardPolicy } from './boardPolicy'
import { CURRENT_SCHEMA, note, OLDER_SCHEMA, olderNote, recordsJson, serverDoc, withProps } from './testKit'

describe('quarantine at load', () => {
  it('moves each invalid record into the quarantine map and reports it', () => {
    const policy = createBoardPolicy({}, { now: () => 1_700_000_000_000 })
    const bad = withProps(note(2), { color: 'octarine' })
    const doc = serverDoc([note(1), bad])
    recordsMap(doc).set('camera:page:page', { id: 'camera:page:page', typeName: 'camera' })
    recordsMap(doc).set('shape:elsewhere', note(3))

    const refusals = policy.quarantine(doc)

    expect(refusals.map((r) => [r.reason, r.key])).toEqual([
      ['invalid_record', 'shape:n2'],
      ['unknown_record_type', 'camera:page:page'],
      ['invalid_record', 'shape:elsewhere'],
    ])
    expect(recordsJson(doc)).toEqual({ 'shape:n1': note(1) })
    expect(quarantineMap(doc).get('shape:n2')).toEqual({
      record: bad,
      reason: expect.stringContaining('color'),
      at: 1_700_000_000_000,
    })
    expect(quarantineMap(doc).size).toBe(3)
  })

  it('makes the move in one transaction whose update other documents can apply', () => {
    const policy = createBoardPolicy()
    const doc = serverDoc([note(1), withProps(note(2), { color: 'octarine' })])
    const replica = new Y.Doc()
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    policy.quarantine(doc)
    expect(updates).toHaveLength(1)
    Y.applyUpdate(replica, updates[0]!)
    expect(recordsJson(replica)).toEqual({ 'shape:n1': note(1) })
    expect(quarantineMap(replica).has('shape:n2')).toBe(true)
  })

  it('changes nothing on a board without bad records', () => {
    const policy = createBoardPolicy()
    const doc = serverDoc([note(1), note(2)])
    const before = Y.encodeStateAsUpdate(doc)
    expect(policy.quarantine(doc)).toEqual([])
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('judges records by the schema label of the board, and leaves a board from a newer tldraw alone', () => {
    const policy = createBoardPolicy()
    const newer = { ...CURRENT_SCHEMA, sequences: { ...CURRENT_SCHEMA.sequences, 'com.tldraw.shape.note': 99 } }
    const doc = serverDoc([note(1), withProps(note(2), { futureProp: true })])
    docMetaMap(doc).set(DocMetaKey.schema, newer)
    expect(policy.quarantine(doc)).toEqual([])
    expect(recordsMap(doc).size).toBe(2)
  })

  it('migrates a board written under an older schema to the current one, once, at load', () => {
    const policy = createBoardPolicy()
    const doc = serverDoc([olderNote(1), olderNote(2), withProps(olderNote(3), { color: 'octarine' })])
    docMetaMap(doc).set(DocMetaKey.schema, OLDER_SCHEMA)
    const refusals = policy.quarantine(doc)
    expect(refusals.map((r) => r.key)).toEqual(['shape:n3'])
    expect(recordsJson(doc)).toEqual({ 'shape:n1': note(1), 'shape:n2': note(2) })
    expect(docMetaMap(doc).get(DocMetaKey.schema)).toEqual(CURRENT_SCHEMA)
    // The old form is kept in quarantine, as it was stored.
    expect(quarantineMap(doc).get('shape:n3')).toMatchObject({ record: withProps(olderNote(3), { color: 'octarine' }) })
    const after = Y.encodeStateAsUpdate(doc)
    expect(policy.quarantine(doc)).toEqual([])
    expect(Y.encodeStateAsUpdate(doc)).toEqual(after)
  })

  it('moves a nested shared type out as plain JSON', () => {
    const policy = createBoardPolicy()
    const doc = serverDoc()
    const nested = new Y.Map<unknown>()
    recordsMap(doc).set('shape:nested', nested)
    nested.set('id', 'shape:nested')
    expect(policy.quarantine(doc)).toEqual([expect.objectContaining({ key: 'shape:nested' })])
    expect(quarantineMap(doc).get('shape:nested')).toMatchObject({ record: { id: 'shape:nested' } })
  })
})
