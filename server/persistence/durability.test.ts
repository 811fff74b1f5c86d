import { afterEach, describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { connectClient, createBoard, waitFor, waitForSync, type TestClient } from '../testing/syncClient'
import { expectNothingReceivedIsLostOnSigkill } from '../testing/killMidStream'
import { fakeClientDir, startTestServer, tempDir } from '../testing/testServer'

const note = (n: number) => createNoteRecord({ id: `shape:n${n}`, x: n, y: n, index: `a${n}V`, text: `note ${n}` })

describe('durability', () => {
  const clients: TestClient[] = []
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy()
  })

  it('keeps the board across a clean restart (SIGTERM path), with the log compacted', async () => {
    const dataDir = tempDir()
    const first = await startTestServer({ dataDir, compactEvery: 10 })
    const board = await createBoard(first.origin)
    const a = connectClient(first.origin, board)
    clients.push(a)
    await waitForSync(a)
    for (let i = 0; i < 35; i++) recordsMap(a.doc).set(`shape:n${i}`, note(i))
    await waitFor(() => first.registry.peek(board.id)?.doc.getMap('records').size === 35, 5000, 'server has all')
    a.destroy()
    await first.close()

    const second = await startTestServer({ dataDir })
    try {
      const stored = await second.store.loadDocument(board.id)
      expect(stored.snapshot).not.toBeNull()
      expect(stored.updates.length).toBe(0)
      const b = connectClient(second.origin, board)
      clients.push(b)
      await waitForSync(b)
      expect(recordsMap(b.doc).size).toBe(35)
      expect(recordsMap(b.doc).get('shape:n34')).toEqual(note(34))
    } finally {
      await second.close()
    }
  })

  it('loses nothing any client has received, by broadcast or by joining, when the server is killed with SIGKILL mid-stream', async () => {
    const env = { DATA_DIR: tempDir(), CLIENT_DIR: fakeClientDir(), COMPACT_EVERY: '25' }
    await expectNothingReceivedIsLostOnSigkill(env, clients)
    // Two server processes on a shared 2-core machine: a cap, not a measure.
  }, 90_000)
})
