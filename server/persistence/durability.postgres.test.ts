import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { startPostgres, type ServiceInstance } from '../testing/services'
import { connectClient, createBoard, waitFor, waitForSync, type TestClient } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'
import { fakeClientDir, spawnServer, tempDir } from '../testing/testServer'

// The SQLite test (durability.test.ts) with PostgreSQL, where a commit takes a round trip: a
// batch waits for it while clients keep joining and asking for the board.
describe('durability on PostgreSQL', () => {
  let postgres: ServiceInstance | null = null
  const clients: TestClient[] = []
  const afterThis: (() => void)[] = []
  beforeAll(async () => {
    postgres = await startPostgres()
  }, 60_000)
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy()
    for (const undo of afterThis.splice(0)) undo()
  })
  afterAll(async () => {
    await postgres?.dispose()
  })

  it('loses nothing any client has received, by broadcast or by joining, when the server is killed with SIGKILL mid-stream', async () => {
    if (!postgres) throw new Error('PostgreSQL did not start')
    const env = { DATABASE_URL: postgres.url, DATA_DIR: tempDir(), CLIENT_DIR: fakeClientDir(), COMPACT_EVERY: '25' }
    const first = await spawnServer(env)
    // However the test ends, the first server does not outlive it.
    afterThis.push(() => {
      if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL')
    })
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
        recordsMap(writer.doc).set(`shape:n${written}`, testNote(written))
        written++
      }
    }, 2)
    afterThis.push(() => clearInterval(writing))
    // Clients joining mid-stream receive the board in their sync step 2: it counts as received.
    const joiners: TestClient[] = []
    for (const target of [50, 100, 150]) {
      await waitFor(() => seen.size >= target, 10_000, `a stream of ${target} notes in flight`)
      const joiner = connectClient(first.origin, board)
      joiners.push(joiner)
      clients.push(joiner)
    }
    // Killed once the joiners have their answers, while the stream (and its commits) goes on.
    await waitFor(() => joiners.every((joiner) => joiner.provider.synced), 10_000, 'the joiners to sync')
    first.child.kill('SIGKILL')
    await first.exited
    clearInterval(writing)
    const received = new Set(seen)
    for (const joiner of joiners) for (const key of recordsMap(joiner.doc).keys()) received.add(key)
    for (const c of clients.splice(0)) c.destroy()
    expect(received.size).toBeGreaterThanOrEqual(150)

    const second = await spawnServer(env)
    try {
      const reader = connectClient(second.origin, board)
      clients.push(reader)
      await waitForSync(reader, 20_000)
      const records = recordsMap(reader.doc)
      const missing = [...received].filter((id) => !records.has(id))
      expect(missing).toEqual([])
    } finally {
      second.child.kill('SIGTERM')
      expect(await second.exited).toBe(0)
    }
    // Two server processes and a database on a shared 2-core machine: a cap, not a measure.
  }, 90_000)
})
