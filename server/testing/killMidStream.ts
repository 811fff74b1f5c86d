/**
 * The SIGKILL durability check, for whichever store a server process is given (SQLite in
 * `DATA_DIR`, or PostgreSQL with `DATABASE_URL`): one client writes a stream of notes, one
 * watches what the server broadcasts, three join mid-stream (their sync step 2 counts as
 * received too), and the server is killed with SIGKILL once they are synced, while the stream
 * and its commits go on. A new process on the same store must then hold every record any
 * client received.
 */
import { expect } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { connectClient, createBoard, waitFor, waitForSync, type TestClient } from './syncClient'
import { testNote } from './testNotes'
import { spawnServer } from './testServer'

/** Runs the check with the server environment `env`; `clients` collects what to destroy after. */
export async function expectNothingReceivedIsLostOnSigkill(env: Record<string, string>, clients: TestClient[]): Promise<void> {
  const first = await spawnServer(env)
  let writing: ReturnType<typeof setInterval> | undefined
  const received = new Set<string>()
  try {
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
    writing = setInterval(() => {
      for (let k = 0; k < 5; k++) {
        recordsMap(writer.doc).set(`shape:n${written}`, testNote(written))
        written++
      }
    }, 2)
    const joiners: TestClient[] = []
    for (const target of [50, 100, 150]) {
      await waitFor(() => seen.size >= target, 10_000, `a stream of ${target} notes in flight`)
      const joiner = connectClient(first.origin, board)
      joiners.push(joiner)
      clients.push(joiner)
    }
    await waitFor(() => joiners.every((joiner) => joiner.provider.synced), 10_000, 'the joiners to sync')
    first.child.kill('SIGKILL')
    await first.exited
    clearInterval(writing)
    for (const key of seen) received.add(key)
    for (const joiner of joiners) for (const key of recordsMap(joiner.doc).keys()) received.add(key)
    for (const c of clients.splice(0)) c.destroy()
    expect(received.size).toBeGreaterThanOrEqual(150)

    const second = await spawnServer(env)
    try {
      const reader = connectClient(second.origin, board)
      clients.push(reader)
      await waitForSync(reader, 20_000)
      const records = recordsMap(reader.doc)
      expect([...received].filter((id) => !records.has(id))).toEqual([])
    } finally {
      second.child.kill('SIGTERM')
      expect(await second.exited).toBe(0)
    }
  } finally {
    if (writing !== undefined) clearInterval(writing)
    // However the check ends, the first server does not outlive it.
    if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL')
  }
}
