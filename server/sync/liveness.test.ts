import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../app'
import { metricValue, scrape } from '../testing/metricsText'
import { awarenessFrame, openRaw, syncUrl } from '../testing/rawClient'
import { connectClient, createBoard, waitFor, waitForSync, type TestClient } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'

describe('dead and vanished connections', () => {
  let server: RunningServer
  const clients: TestClient[] = []
  beforeAll(async () => {
    server = await startTestServer({ pingIntervalMs: 100 })
  })
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy()
  })
  afterAll(() => server.close())

  it('terminates a connection that stops answering pings, and its presence disappears for the others', async () => {
    const board = await createBoard(server.origin)
    const watcher = connectClient(server.origin, board)
    clients.push(watcher)
    await waitForSync(watcher)
    // ws answers pings by itself unless told not to: this client is alive but never pongs.
    const mute = await openRaw(syncUrl(server.origin, board), { autoPong: false })
    mute.ws.send(awarenessFrame(424242, 1, { user: { name: 'Ghost' } }))
    await waitFor(() => watcher.provider.awareness.getStates().has(424242), 5000, 'presence of the mute client')

    const started = Date.now()
    expect(await mute.closed).toBe(1006) // terminated: no close frame
    // Found within two ping intervals (one unanswered ping, then the check), plus scheduling slack.
    expect(Date.now() - started).toBeLessThan(1000)
    await waitFor(() => !watcher.provider.awareness.getStates().has(424242), 5000, 'presence removed')
    expect(watcher.provider.wsconnected).toBe(true)
    const samples = await scrape(server.origin)
    expect(metricValue(samples, 'plenary_dead_connection_terminations_total')).toBeGreaterThanOrEqual(1)
  })

  it('removes the presence of a client whose socket vanishes without a close frame', async () => {
    const board = await createBoard(server.origin)
    const watcher = connectClient(server.origin, board)
    clients.push(watcher)
    await waitForSync(watcher)
    const room = server.registry.peek(board.id)
    const vanishing = await openRaw(syncUrl(server.origin, board))
    vanishing.ws.send(awarenessFrame(777, 1, { user: { name: 'Leaving' } }))
    await waitFor(() => watcher.provider.awareness.getStates().has(777), 5000, 'presence of the vanishing client')
    expect(room?.awareness.getStates().has(777)).toBe(true)

    vanishing.ws.terminate() // the TCP connection just ends, as when a laptop lid closes
    await waitFor(() => !watcher.provider.awareness.getStates().has(777), 5000, 'presence removed at the other client')
    expect(room?.awareness.getStates().has(777)).toBe(false)
    expect(room?.connectionCount).toBe(1)
  })
})
