import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { CloseCode } from '../../shared/protocol'
import { metricValue, scrape } from '../testing/metricsText'
import { awarenessFrame, openRaw, syncFrame, syncUrl } from '../testing/rawClient'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { testNote } from '../testing/testNotes'

const note = (n: number, x = 0, text = `note ${n}`) => testNote(n, x, text)

describe('per-connection rate limits', () => {
  const harness = useTestServer()

  it('closes a client flooding messages with 4002, while an honest client dragging a note is never limited', async () => {
    const board = await createBoard(harness.server.origin)
    const honest = harness.client(board)
    await waitForSync(honest)
    const honestCloses: unknown[] = []
    honest.provider.on('connection-close', (event) => honestCloses.push(event))

    // The honest client drags a note for 3 s as tldraw does: ~60 updates/s, cursor at ~20/s.
    let x = 0
    let moves = 0
    const drag = setInterval(() => {
      x += 3
      moves++
      recordsMap(honest.doc).set('shape:n1', note(1, x))
      if (moves % 3 === 0) honest.provider.awareness.setLocalStateField('cursor', { x, y: 0 })
    }, 1000 / 60)

    const flooder = await openRaw(syncUrl(harness.server.origin, board))
    // A cursor flood: every frame well-formed, far more of them than the burst allows.
    for (let clock = 1; clock <= 3000 && flooder.ws.readyState === flooder.ws.OPEN; clock++) {
      flooder.ws.send(awarenessFrame(999_999, clock, { cursor: { x: clock, y: 0 } }))
    }
    expect(await flooder.closed).toBe(CloseCode.rateLimited)
    expect(CloseCode.rateLimited).toBeLessThan(4400) // not permanent: an honest client would retry

    await new Promise((resolve) => setTimeout(resolve, 3000))
    clearInterval(drag)
    const room = harness.server.registry.peek(board.id)
    await waitFor(
      () => (room ? (recordsMap(room.doc).get('shape:n1') as { x?: number } | undefined)?.x : undefined) === x,
      5000,
      'last move',
    )
    expect(moves).toBeGreaterThan(120)
    expect(honestCloses).toEqual([])
    expect(honest.provider.wsconnected).toBe(true)

    const samples = await scrape(harness.server.origin)
    expect(metricValue(samples, 'plenary_rate_limited_closes_total', { limit: 'messages' })).toBe(1)
    expect(metricValue(samples, 'plenary_rate_limited_closes_total', { limit: 'bytes' })).toBe(0)
  })

  it('closes a client sending more bytes per second than allowed with 4002', async () => {
    const small = await startTestServer({
      maxFrameBytes: 128 * 1024,
      rateLimit: { messagesPerSecond: 300, messageBurst: 1000, bytesPerSecond: 64 * 1024, byteBurst: 256 * 1024 },
    })
    try {
      const board = await createBoard(small.origin)
      const flooder = await openRaw(syncUrl(small.origin, board))
      // Well-formed updates of ~50 kB each: the fifth one exceeds the 256 kB burst.
      const doc = new Y.Doc()
      for (let i = 0; i < 20 && flooder.ws.readyState === flooder.ws.OPEN; i++) {
        const before = Y.encodeStateVector(doc)
        recordsMap(doc).set(`shape:n${i}`, note(i, 0, 'x'.repeat(50_000)))
        flooder.ws.send(syncFrame(2, Y.encodeStateAsUpdate(doc, before)))
      }
      expect(await flooder.closed).toBe(CloseCode.rateLimited)
      const samples = await scrape(small.origin)
      expect(metricValue(samples, 'plenary_rate_limited_closes_total', { limit: 'bytes' })).toBe(1)
    } finally {
      await small.close()
    }
  })
})
