import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { CloseCode, Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { metricValue, scrape } from '../testing/metricsText'
import { openRaw, syncFrame, syncUrl } from '../testing/rawClient'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { testNote } from '../testing/testNotes'

const MAX_FRAME_BYTES = 4096
const note = (n: number, x = 0) => testNote(n, x)

/** Everything the server holds of a board: its live document and what is stored. */
async function boardState(server: RunningServer, board: TestBoard) {
  const room = server.registry.peek(board.id)
  if (!room) throw new Error('room not loaded')
  await room.flush()
  return { live: Y.encodeStateAsUpdate(room.doc), stored: await server.store.loadDocument(board.id) }
}

/**
 * `count` real, non-empty Yjs updates a viewer could make to the board: new notes, moves and
 * deletions of the board's own notes, from a copy of the board's document.
 */
function viewerUpdates(boardUpdate: Uint8Array, count: number): Uint8Array[] {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, boardUpdate)
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; updates.length < count; i++) {
    const records = recordsMap(doc)
    if (i % 3 === 0) records.set(`shape:v${i}`, note(1000 + i))
    else if (i % 3 === 1) records.set(`shape:n${i % 10}`, note(i % 10, i))
    else records.delete(`shape:n${i % 10}`)
  }
  return updates.slice(0, count)
}

describe('viewer connections', () => {
  let server: RunningServer
  beforeAll(async () => {
    // Rooms stay loaded throughout, so the live document is compared, not a reload of it.
    server = await startTestServer({ maxFrameBytes: MAX_FRAME_BYTES, idleUnloadMs: 60_000 })
  })
  afterAll(() => server.close())

  it('leave the board byte-for-byte unchanged through 1,000 each of sync step 2, update and oversized frames', async () => {
    const board = await createBoard(server.origin)
    const author = connectClient(server.origin, board)
    await waitForSync(author)
    for (let n = 0; n < 10; n++) recordsMap(author.doc).set(`shape:n${n}`, note(n))
    await waitFor(() => server.registry.peek(board.id)?.doc.getMap('records').size === 10, 5000, 'the board')
    const watcher = connectClient(server.origin, board, { role: Role.viewer })
    await waitForSync(watcher)
    author.destroy()

    const before = await boardState(server, board)
    const updates = viewerUpdates(before.live, 2000)
    expect(updates.every((update) => update.byteLength > 2)).toBe(true)

    // Sync step 2 and update frames, 500 per connection (under the message burst).
    const viewers = await Promise.all([0, 1, 2, 3].map(() => openRaw(syncUrl(server.origin, board, Role.viewer))))
    viewers.forEach((viewer, c) => {
      for (let i = c * 500; i < (c + 1) * 500; i++) viewer.ws.send(syncFrame(i % 2 === 0 ? 1 : 2, updates[i] ?? new Uint8Array()))
    })
    const refusedSoFar = async () => metricValue(await scrape(server.origin), 'plenary_refused_changes_total', { reason: 'viewer_update' })
    const deadline = Date.now() + 20_000
    while ((await refusedSoFar()) < 2000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    for (const viewer of viewers) {
      expect(viewer.ws.readyState).toBe(viewer.ws.OPEN) // refused quietly, not closed
      viewer.ws.close()
    }

    // Oversized frames: each closes its connection with 1009, so reconnect for every one.
    const closes = new Map<number, number>()
    for (let batch = 0; batch < 1000 / 25; batch++) {
      await Promise.all(
        Array.from({ length: 25 }, async () => {
          const viewer = await openRaw(syncUrl(server.origin, board, Role.viewer))
          viewer.ws.send(syncFrame(2, new Uint8Array(MAX_FRAME_BYTES)))
          const code = await viewer.closed
          closes.set(code, (closes.get(code) ?? 0) + 1)
        }),
      )
    }

    const after = await boardState(server, board)
    expect(Buffer.from(after.live).equals(Buffer.from(before.live))).toBe(true)
    expect(after.stored).toEqual(before.stored)
    expect(recordsMap(watcher.doc).size).toBe(10)
    watcher.destroy()

    const samples = await scrape(server.origin)
    const refused = metricValue(samples, 'plenary_refused_changes_total', { reason: 'viewer_update', role: 'viewer' })
    const oversized = metricValue(samples, 'plenary_oversized_frame_closes_total')
    console.log(`viewer frames: refused updates ${refused}, oversized closes ${oversized}, closes by code`, Object.fromEntries(closes))
    expect(refused).toBeGreaterThanOrEqual(2000)
    expect(closes.get(CloseCode.messageTooBig)).toBe(1000)
    expect(oversized).toBe(1000)
  })
})
