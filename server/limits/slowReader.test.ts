import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import type { RunningServer } from '../app'
import { metricValue, scrape } from '../testing/metricsText'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { testNote } from '../testing/testNotes'

const MiB = 1024 * 1024

/** A WebSocket client by hand over TCP that completes the upgrade and then never reads. */
async function openNonReader(server: RunningServer, board: TestBoard): Promise<Socket> {
  const socket = connect(server.port, '127.0.0.1')
  socket.write(
    [
      `GET /sync/${board.id}?token=${board.tokens.participant} HTTP/1.1`,
      `Host: 127.0.0.1:${server.port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  )
  await new Promise<void>((resolve, reject) => {
    socket.once('data', (chunk: Buffer) => {
      if (chunk.toString('latin1').startsWith('HTTP/1.1 101')) resolve()
      else reject(new Error(`upgrade refused: ${chunk.toString('latin1').split('\r\n')[0]}`))
    })
  })
  socket.pause()
  socket.on('error', () => undefined)
  return socket
}

function externalBytes(): number {
  globalThis.gc?.()
  return process.memoryUsage().arrayBuffers
}

describe('slow readers', () => {
  let server: RunningServer | undefined
  const clients: TestClient[] = []
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await server?.close()
  })

  it('terminates a client that stops reading while the board is busy, and frees what was queued for it', async () => {
    server = await startTestServer({ maxSendBufferBytes: 1 * MiB })
    const board = await createBoard(server.origin)
    const writer = connectClient(server.origin, board)
    const watcher = connectClient(server.origin, board)
    clients.push(writer, watcher)
    await Promise.all([waitForSync(writer), waitForSync(watcher)])
    const notes = Array.from({ length: 1000 }, (_, n) => testNote(n))
    const room = server.registry.peek(board.id)
    expect(room).toBeDefined()
    const slow = await openNonReader(server, board)
    await waitFor(() => room?.connectionCount === 3, 5000, 'the slow reader joined')
    const baseline = externalBytes()

    // A facilitator rearranges and relabels all 1,000 notes, 40 times: ~0.6 MB broadcast each
    // time (a move alone writes only the note's position, ~0.15 MB for 1,000 notes).
    let peak = 0
    for (let round = 1; round <= 40; round++) {
      writer.doc.transact(() => {
        for (const [n, note] of notes.entries()) {
          recordsMap(writer.doc).set(note.id, { ...testNote(n, round * 10, `round ${round} `.repeat(24)), meta: note.meta })
        }
      })
      await waitFor(
        () => (recordsMap(watcher.doc).get('shape:n999') as { x: number } | undefined)?.x === round * 10,
        10_000,
        `round ${round}`,
      )
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline)
    }
    // Measure only once the server has cut it off: until then its queue is rightly held.
    await waitFor(() => room?.connectionCount === 2, 5000, 'the slow reader terminated')
    // The destroyed socket hands back its queued writes over the next turns of the event loop.
    let after = externalBytes() - baseline
    for (let tries = 0; after >= 2 * MiB && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      after = externalBytes() - baseline
    }
    const samples = await scrape(server.origin)
    const broadcast = metricValue(samples, 'plenary_sent_bytes_total')
    console.log(
      `slow reader: ${(broadcast / MiB).toFixed(1)} MiB sent in all; external memory growth peak (before GC) ${(peak / MiB).toFixed(1)} MiB, after GC ${(after / MiB).toFixed(1)} MiB`,
    )
    expect(metricValue(samples, 'plenary_slow_reader_disconnects_total')).toBe(1)
    // What was queued for it is released: at most the cap and a frame, not the MiBs queued
    // for it without the cap (~10 MiB in this run when the cap is lifted).
    expect(after).toBeLessThan(2 * MiB)
    // The honest clients kept up and were never cut.
    expect(watcher.provider.wsconnected && writer.provider.wsconnected).toBe(true)
    slow.destroy()
  })
})
