/**
 * The review over layout 2: a record stored as a base and changed parts is judged whole, a
 * refused change is put back in every piece, and pieces that belong to no record are dropped.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocMetaKey, docMetaMap, recordsMap } from '../../shared/boardDoc'
import { DOC_LAYOUT_VERSION, Role } from '../../shared/protocol'
import { partMapName } from '../../shared/records/parts'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, note, serverDoc, withProps } from './testKit'

const { participant, facilitator } = Role

describe('board policy: records in parts', () => {
  it('accepts a participant changing one part, and stores only that part', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const { refusals } = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set('shape:n1', withProps(note(1), { color: 'red' })),
    )
    expect(refusals).toEqual([])
    expect(server.getMap(partMapName('style')).get('shape:n1')).toMatchObject({ color: 'red' })
    expect(recordsMap(server).get('shape:n1')).toEqual(withProps(note(1), { color: 'red' }))
  })

  it('judges the whole record: an invalid part is put back, the record stays as it was', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const { refusals } = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set('shape:n1', withProps(note(1), { size: 'huge' })),
    )
    expect(refusals).toEqual([expect.objectContaining({ reason: 'invalid_record', key: 'shape:n1' })])
    expect(server.getMap(partMapName('style')).has('shape:n1')).toBe(false)
    expect(recordsMap(server).get('shape:n1')).toEqual(note(1))
  })

  it('puts back every part of a locked shape a participant changed', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1, { isLocked: true })])
    const { refusals } = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set('shape:n1', withProps(note(1, { isLocked: true, x: 999 }), { color: 'red' })),
    )
    expect(refusals.map((r) => r.reason)).toEqual(['locked_shape'])
    expect(recordsMap(server).get('shape:n1')).toEqual(note(1, { isLocked: true }))
  })

  it('refuses a part that is not an object of fields', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const { refusals } = clientEdit(server, policy, facilitator, (doc) => doc.getMap(partMapName('place')).set('shape:n1', 42))
    expect(refusals).toEqual([expect.objectContaining({ reason: 'invalid_record', key: 'shape:n1' })])
    expect(server.getMap(partMapName('place')).has('shape:n1')).toBe(false)
  })

  it('drops parts of a record that does not exist, and parts left by a whole write or a deletion', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1), note(2)])
    recordsMap(server).set('shape:n1', note(1, { x: 5 }))
    recordsMap(server).set('shape:n2', note(2, { y: 5 }))

    const orphan = clientEdit(server, policy, participant, (doc) => doc.getMap(partMapName('place')).set('shape:gone', { x: 1 }))
    expect(orphan.refusals).toEqual([expect.objectContaining({ reason: 'stale_part', key: 'shape:gone' })])
    expect(server.getMap(partMapName('place')).has('shape:gone')).toBe(false)

    // A stock client writes the whole record into `records`, as in layout 1: it wins whole.
    const whole = clientEdit(server, policy, participant, (doc) => doc.getMap('records').set('shape:n1', note(1, { x: 77 })))
    expect(whole.refusals).toEqual([expect.objectContaining({ reason: 'stale_part', key: 'shape:n1' })])
    expect(recordsMap(server).get('shape:n1')).toEqual(note(1, { x: 77 }))

    const deleted = clientEdit(server, policy, participant, (doc) => doc.getMap('records').delete('shape:n2'))
    expect(deleted.refusals).toEqual([expect.objectContaining({ reason: 'stale_part', key: 'shape:n2' })])
    expect(server.getMap(partMapName('place')).size).toBe(0)
  })

  it('brings a layout 1 board to layout 2 at load, keeping every record as it was', () => {
    const policy = createBoardPolicy()
    const doc = serverDoc([note(1), note(2)])
    docMetaMap(doc).set(DocMetaKey.layoutVersion, 1)
    doc.getMap(partMapName('text')).set('shape:gone', { richText: null })
    const before = recordsMap(doc).toJSON()
    expect(policy.quarantine(doc)).toEqual([])
    expect(docMetaMap(doc).get(DocMetaKey.layoutVersion)).toBe(DOC_LAYOUT_VERSION)
    expect(recordsMap(doc).toJSON()).toEqual(before)
    expect(doc.getMap(partMapName('text')).size).toBe(0)
  })

  it('counts parts towards the board size', () => {
    const policy = createBoardPolicy({ maxBoardBytes: 3_000 })
    const server = serverDoc([note(1)])
    const big = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set(
        'shape:n1',
        withProps(note(1), {
          richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(4_000) }] }] },
        }),
      ),
    )
    expect(big.refusals.map((r) => r.reason)).toEqual(['board_too_large'])
    expect(recordsMap(server).get('shape:n1')).toEqual(note(1))
    expect(Y.encodeStateVector(server).length).toBeGreaterThan(0)
  })
})
