/**
 * The real client binding (a tldraw store bound to a stock y-websocket client) against a real
 * server with the policy: nothing an honest client writes may be refused.
 */
import { atom, type IndexKey, type TLShapeId } from 'tldraw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLENARY_SHAPE_UTILS } from '../../client/board/shapeUtils'
import { bindStoreToDoc } from '../../client/sync/bind'
import { createBoardStore } from '../../client/sync/boardStore'
import { participantToUser } from '../../client/sync/participantUser'
import { initialDocumentRecords, makeNote, stableStringify } from '../../client/sync/testing/records'
import { DocMetaKey, docMetaMap, recordsMap } from '../../shared/boardDoc'
import { plainTextToRichText } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { connectClient, createBoard, waitFor, waitForSync } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'

describe('an honest client against the policy', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())

  it('accepts everything the tldraw binding writes: document, page, user, notes and their edits', async () => {
    const board = await createBoard(server.origin)
    const participant = { id: 'p-ana', name: 'Ana', coop: 'Cooperativa Sur', color: '#c2410c' }
    const store = createBoardStore({
      shapeUtils: PLENARY_SHAPE_UTILS,
      participant: atom('participant', participant),
      status: atom('status', 'online' as const),
    })
    const client = connectClient(server.origin, board, { role: Role.participant })
    const observer = connectClient(server.origin, board, { role: Role.facilitator })
    await Promise.all([waitForSync(client), waitForSync(observer)])
    const unbind = bindStoreToDoc(store, client.doc)
    try {
      const ids = ['a', 'b', 'c'].map((s) => `shape:${s}` as TLShapeId)
      store.put([...initialDocumentRecords(), participantToUser(participant)])
      store.put(ids.map((id, i) => makeNote({ id, x: i * 250, text: `idea ${i}`, index: `a${i + 1}` as IndexKey })))
      const first = store.get(ids[0]!)!
      store.put([{ ...first, x: 900, y: 120 }])
      const second = store.get(ids[1]!)!
      if (second.type === 'note') {
        store.put([{ ...second, props: { ...second.props, richText: plainTextToRichText('edited\ntwice'), color: 'blue' } }])
      }
      store.remove([ids[2]!])

      const documentRecords = () =>
        Object.fromEntries(
          store
            .allRecords()
            .filter((r) => ['document', 'page', 'user', 'shape'].includes(r.typeName))
            .map((r) => [r.id, r]),
        )
      await waitFor(
        () => stableStringify(recordsMap(observer.doc).toJSON()) === stableStringify(documentRecords()),
        5000,
        'the observer has exactly what the store holds',
      )
      const room = server.registry.peek(board.id)!
      expect(stableStringify(recordsMap(room.doc).toJSON())).toBe(stableStringify(documentRecords()))
      expect(docMetaMap(room.doc).get(DocMetaKey.schema)).toEqual(store.schema.serialize())
      // Nothing came back to undo the client's own writes.
      expect(stableStringify(recordsMap(client.doc).toJSON())).toBe(stableStringify(documentRecords()))
      expect(Object.keys(documentRecords()).sort()).toEqual(['document:document', 'page:page', 'shape:a', 'shape:b', 'user:p-ana'])
    } finally {
      unbind()
      client.destroy()
      observer.destroy()
    }
  })
})
