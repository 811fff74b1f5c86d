import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { startSession, endSession } from '../../shared/breakouts/session'
import { createNoteRecord } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc } from './testKit'
import { sessionPlan } from '../../shared/breakouts/testing'

const { facilitator, participant } = Role
const AREA = 'shape:breakout-s1-g1'

/** A server board with a running session s1 (groups g1, g2) started by a facilitator. */
function boardWithSession() {
  const policy = createBoardPolicy()
  const server = serverDoc()
  const started = clientEdit(server, policy, facilitator, (doc) => startSession(doc, sessionPlan()))
  expect(started.refusals).toEqual([])
  return { policy, server }
}

function record(doc: Y.Doc, id: string): Record<string, unknown> {
  return recordsMap(doc).get(id) as Record<string, unknown>
}

describe('board policy: breakout group areas', () => {
  it('reverts a participant moving, renaming, deleting or creating an area, or turning a shape into one', () => {
    const { policy, server } = boardWithSession()
    const area = record(server, AREA)
    // A plain frame of the participant's own, which they may not turn into an area.
    const frame = { ...area, id: 'shape:mine', isLocked: false, meta: {} }
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(frame.id, frame)).refusals).toEqual([])
    const edits: [string, (doc: Y.Doc) => void][] = [
      ['move', (doc) => recordsMap(doc).set(AREA, { ...area, x: 999 })],
      ['rename', (doc) => recordsMap(doc).set(AREA, { ...area, props: { ...(area.props as object), name: 'Mine' } })],
      ['delete', (doc) => recordsMap(doc).delete(AREA)],
      [
        'create',
        (doc) =>
          recordsMap(doc).set('shape:breakout-s1-g9', {
            ...area,
            id: 'shape:breakout-s1-g9',
            meta: { breakout: { sessionId: 's1', groupId: 'g9' } },
          }),
      ],
      ['mark', (doc) => recordsMap(doc).set(frame.id, { ...frame, meta: { breakout: { sessionId: 's1', groupId: 'g1' } } })],
    ]
    for (const [what, edit] of edits) {
      const { refusals } = clientEdit(server, policy, participant, edit)
      expect(
        refusals.map((r) => r.reason),
        what,
      ).toEqual(['facilitator_only'])
    }
    expect(record(server, AREA)).toEqual(area)
    expect(recordsMap(server).has('shape:breakout-s1-g9')).toBe(false)
    expect(record(server, frame.id).meta).toEqual({})
  })

  it('lets a participant drop a note into an area, and a facilitator change the area', () => {
    const { policy, server } = boardWithSession()
    const note = createNoteRecord({ id: 'shape:n1', x: 10, y: 10, index: 'a1', text: 'x', parentId: AREA })
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(note.id, note)).refusals).toEqual([])
    const area = record(server, AREA)
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set(AREA, { ...area, x: 50 })).refusals).toEqual([])
    expect(record(server, AREA).x).toBe(50)
  })

  it('once the session ends, keeps participants off the frozen notes', () => {
    const { policy, server } = boardWithSession()
    const note = createNoteRecord({ id: 'shape:n1', x: 10, y: 10, index: 'a1', text: 'x', parentId: AREA })
    clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(note.id, note))
    expect(clientEdit(server, policy, facilitator, (doc) => endSession(doc, 's1', 2)).refusals).toEqual([])
    const frozen = record(server, note.id)
    expect(frozen.isLocked).toBe(true)
    const { refusals } = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(note.id, { ...frozen, x: 400 }))
    expect(refusals.map((r) => r.reason)).toEqual(['locked_shape'])
    expect(record(server, note.id)).toEqual(frozen)
  })
})
