import { afterEach, describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { connectClient, createBoard, waitFor, waitForSync, type TestClient } from '../testing/syncClient'
import { fakeClientDir, spawnServer, startTestServer, tempDir } from '../testing/testServer'

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

  it('loses nothing any client has seen when the server is killed with SIGKILL mid-stream', async () => {
    const dataDir = tempDir()
    const env = { DATA_DIR: dataDir, CLIENT_DIR: fakeClientDir(), COMPACT_EVERY: '25' }
    const first = await spawnServer(env)
    const board = await createBoard(first.origin)
    const writer = connectClient(first.origin, board)
    const watcher = connectClient(first.origin, board)
    clients.push(writer, watcher)
    await Promise.all([waitForSync(writer), waitForSync(watcher)])

    // The watcher only ever receives what the server broadcast.
    const seen = new Set<string>()
    recordsMap(watcher.doc).observe((event) => {
      for (const key of event.keysChanged) seen.add(key)
    })
    let written = 0
    const writing = setInterval(() => {
      for (let k = 0; k < 5; k++) {
        recordsMap(writer.doc).set(`shape:n${written}`, note(written))
        written++
      }
    }, 2)
    await waitFor(() => seen.size >= 150, 10_000, 'a stream in flight')
    first.child.kill('SIGKILL')
    await first.exited
    clearInterval(writing)
    writer.destroy()
    watcher.destroy()
    const seenAtKill = new Set(seen)
    expect(seenAtKill.size).toBeGreaterThanOrEqual(150)

    const second = await spawnServer(env)
    try {
      const reader = connectClient(second.origin, board)
      clients.push(reader)
      await waitForSync(reader)
      const records = recordsMap(reader.doc)
      const missing = [...seenAtKill].filter((id) => !records.has(id))
      expect(missing).toEqual([])
    } finally {
      second.child.kill('SIGTERM')
      expect(await second.exited).toBe(0)
    }
  })
})
