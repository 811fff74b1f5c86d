import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { ARCHIVE_PAGE_ID, archiveSession, unarchiveSession } from '../../shared/breakouts/archive'
import { endSession, readSessionById, startSession } from '../../shared/breakouts/session'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc } from './testKit'
import { sessionPlan } from '../../shared/breakouts/testing'

const { facilitator, participant } = Role
const AREA = 'shape:breakout-s1-g1'
const MAIN_PAGE = { id: DEFAULT_PAGE_ID, typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }

/** A server board with an ended session s1 (Vivienda, Energía), a note of Zofia's frozen in the first area. */
function boardWithEndedSession() {
  const policy = createBoardPolicy()
  const server = serverDoc([MAIN_PAGE])
  const edits: ((doc: Y.Doc) => void)[] = [
    (doc) => startSession(doc, sessionPlan({ groupNames: ['Vivienda', 'Energía'], pageId: DEFAULT_PAGE_ID })),
    (doc) =>
      recordsMap(doc).set(
        'shape:z1',
        createNoteRecord({ id: 'shape:z1', x: 20, y: 20, index: 'a1', text: 'Zofia Łukasiewicz: wspólne zakupy', parentId: AREA }),
      ),
    (doc) => void endSession(doc, 's1', 2),
  ]
  for (const edit of edits) expect(clientEdit(server, policy, facilitator, edit).refusals).toEqual([])
  return { policy, server }
}

function parentOf(doc: Y.Doc, id: string): unknown {
  return (recordsMap(doc).get(id) as Record<string, unknown> | undefined)?.parentId
}

describe('board policy: archiving breakout sessions', () => {
  it('lets a facilitator archive and unarchive a session', () => {
    const { policy, server } = boardWithEndedSession()
    expect(clientEdit(server, policy, facilitator, (doc) => archiveSession(doc, 's1', 3, 'Archivo')).refusals).toEqual([])
    expect(parentOf(server, AREA)).toBe(ARCHIVE_PAGE_ID)
    expect(parentOf(server, 'shape:z1')).toBe(AREA)
    expect(readSessionById(server, 's1')?.archivedAt).toBe(3)
    expect(clientEdit(server, policy, facilitator, (doc) => unarchiveSession(doc, 's1')).refusals).toEqual([])
    expect(parentOf(server, AREA)).toBe(DEFAULT_PAGE_ID)
    expect(readSessionById(server, 's1')?.archivedAt).toBeNull()
  })

  it('refuses a participant archiving or unarchiving: areas and session stay where they were', () => {
    const { policy, server } = boardWithEndedSession()
    const { refusals } = clientEdit(server, policy, participant, (doc) => archiveSession(doc, 's1', 3, 'Archive'))
    expect(refusals.map((r) => r.reason)).toEqual(expect.arrayContaining(['facilitator_only']))
    expect(parentOf(server, AREA)).toBe(DEFAULT_PAGE_ID)
    expect(readSessionById(server, 's1')?.archivedAt).toBeUndefined()

    expect(clientEdit(server, policy, facilitator, (doc) => archiveSession(doc, 's1', 3, 'Archive')).refusals).toEqual([])
    const back = clientEdit(server, policy, participant, (doc) => unarchiveSession(doc, 's1'))
    expect(back.refusals.map((r) => r.reason)).toEqual(expect.arrayContaining(['facilitator_only']))
    expect(parentOf(server, AREA)).toBe(ARCHIVE_PAGE_ID)
    expect(readSessionById(server, 's1')?.archivedAt).toBe(3)
  })
})
