/** The community's frames as the server's policy guards them: working-group areas and the "Last time" frame are the facilitators'. */
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { LAST_TIME_FRAME_ID, LAST_TIME_WORDS, lastTimeRecords } from '../../shared/community/lastTime'
import { newAreaFrame } from '../../shared/community/workingGroupWrite'
import { createNoteRecord } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc } from './testKit'

const { facilitator, participant } = Role
const AREA = { ...newAreaFrame({ id: 'wg-infra', name: 'Infraestructura y servidores' }), x: 0, y: 0 }
const [LAST_TIME] = lastTimeRecords(
  { title: 'Asamblea de octubre', decisions: [{ outcome: 'agreed', text: 'Cuota común para Łódź' }], openActions: [] },
  LAST_TIME_WORDS.es,
  { x: 2000, y: 0 },
  'a2',
  'page:page',
)

/** A server board holding the community's frames, written by a facilitator (as the server does). */
function board() {
  const policy = createBoardPolicy()
  const server = serverDoc()
  const written = clientEdit(server, policy, facilitator, (doc) => {
    recordsMap(doc).set(AREA.id, AREA)
    if (LAST_TIME) recordsMap(doc).set(LAST_TIME.id, LAST_TIME)
  })
  expect(written.refusals).toEqual([])
  return { policy, server }
}

function record(doc: Y.Doc, id: string): Record<string, unknown> {
  return recordsMap(doc).get(id) as Record<string, unknown>
}

describe('board policy: the community’s frames', () => {
  it.each([AREA.id, LAST_TIME_FRAME_ID])('reverts a participant moving, resizing, renaming, deleting or copying %s', (id) => {
    const { policy, server } = board()
    const frame = record(server, id)
    const props = frame.props as Record<string, unknown>
    const edits: [string, (doc: Y.Doc) => void][] = [
      ['move', (doc) => recordsMap(doc).set(id, { ...frame, x: 999 })],
      ['resize', (doc) => recordsMap(doc).set(id, { ...frame, props: { ...props, w: 10, h: 10 } })],
      ['rename', (doc) => recordsMap(doc).set(id, { ...frame, props: { ...props, name: 'Mío' } })],
      ['delete', (doc) => recordsMap(doc).delete(id)],
      ['copy', (doc) => recordsMap(doc).set('shape:copy', { ...frame, id: 'shape:copy', x: 5000 })],
    ]
    for (const [what, edit] of edits) {
      const { refusals } = clientEdit(server, policy, participant, edit)
      expect(
        refusals.map((r) => r.reason),
        what,
      ).toEqual(['facilitator_only'])
    }
    expect(record(server, id)).toEqual(frame)
    expect(recordsMap(server).has('shape:copy')).toBe(false)
  })

  it('lets a participant add and edit notes inside an area, and a facilitator change the frames', () => {
    const { policy, server } = board()
    const note = createNoteRecord({ id: 'shape:n1', x: 10, y: 60, index: 'a1', text: 'Migrar a Ζωή', parentId: AREA.id })
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(note.id, note)).refusals).toEqual([])
    const moved = { ...record(server, note.id), x: 200 }
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(note.id, moved)).refusals).toEqual([])
    expect(record(server, note.id).x).toBe(200)
    const edit = clientEdit(server, policy, facilitator, (doc) => {
      recordsMap(doc).set(AREA.id, { ...AREA, x: 50 })
      recordsMap(doc).delete(LAST_TIME_FRAME_ID)
    })
    expect(edit.refusals).toEqual([])
    expect(record(server, AREA.id).x).toBe(50)
    expect(recordsMap(server).has(LAST_TIME_FRAME_ID)).toBe(false)
  })
})
