import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { recordsMap } from '../../shared/boardDoc'
import { randomUUID } from 'node:crypto'
import { CloseCode, Paths, ROLES, Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { metricValue, parseMetrics, scrape, type Sample } from '../testing/metricsText'
import { openRaw, syncUrl } from '../testing/rawClient'
import { connectClient, createBoard, waitFor, waitForSync } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { testNote } from '../testing/testNotes'
import { createMetricsRegistry } from './registry'

const note = (n: number) => testNote(n)

/** Scrapes `origin` until `done` holds for its samples (what is counted after the client has its answer: a request's end, a compaction). */
async function waitForScrape(origin: string, done: (samples: Sample[]) => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!done(await scrape(origin))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('GET /metrics', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ maxFrameBytes: 64 * 1024 }, createMetricsRegistry({ processMetrics: true }))
  })
  afterAll(() => server.close())

  it('serves Prometheus text with process metrics, and only to GET and HEAD', async () => {
    const response = await fetch(`${server.origin}/metrics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const samples = parseMetrics(await response.text())
    expect(metricValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0)
    expect(metricValue(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0)
    expect((await fetch(`${server.origin}/metrics`, { method: 'HEAD' })).status).toBe(200)
    expect((await fetch(`${server.origin}/metrics`, { method: 'POST' })).status).toBe(405)
  })

  it('counts connections, rooms, updates, bytes, refusals, storage latency and closes with plausible values', async () => {
    const board = await createBoard(server.origin)
    const a = connectClient(server.origin, board, { role: Role.facilitator })
    const b = connectClient(server.origin, board)
    const viewer = connectClient(server.origin, board, { role: Role.viewer })
    await Promise.all([a, b, viewer].map((c) => waitForSync(c)))
    let samples: Sample[] = await scrape(server.origin)
    expect(metricValue(samples, 'plenary_connections', { role: 'facilitator' })).toBe(1)
    expect(metricValue(samples, 'plenary_connections', { role: 'participant' })).toBe(1)
    expect(metricValue(samples, 'plenary_connections', { role: 'viewer' })).toBe(1)
    expect(metricValue(samples, 'plenary_rooms_loaded')).toBe(1)

    for (let i = 0; i < 20; i++) recordsMap(i % 2 ? a.doc : b.doc).set(`shape:n${i}`, note(i))
    recordsMap(viewer.doc).set('shape:v', note(99)) // refused
    await waitFor(
      () => recordsMap(viewer.doc).size === 21 && recordsMap(a.doc).size === 20 && recordsMap(b.doc).size === 20,
      5000,
      'edits everywhere',
    )

    // Protocol violations, each closing only its own connection.
    const garbage = await openRaw(syncUrl(server.origin, board))
    garbage.ws.send(new Uint8Array([0, 9, 9]))
    expect(await garbage.closed).toBe(CloseCode.malformedMessage)
    const text = await openRaw(syncUrl(server.origin, board))
    text.ws.send('hello')
    expect(await text.closed).toBe(CloseCode.malformedMessage)
    const badUtf8 = await openRaw(syncUrl(server.origin, board))
    badUtf8.ws.send(Buffer.from([0xc3, 0x28]), { binary: false })
    expect(await badUtf8.closed).toBe(1007)
    const big = await openRaw(syncUrl(server.origin, board))
    big.ws.send(new Uint8Array(65 * 1024))
    expect(await big.closed).toBe(CloseCode.messageTooBig)

    await waitFor(() => server.registry.peek(board.id)?.connectionCount === 3, 5000, 'violators gone')
    samples = await scrape(server.origin)
    const applied = metricValue(samples, 'plenary_updates_applied_total')
    expect(applied).toBeGreaterThanOrEqual(20)
    expect(metricValue(samples, 'plenary_update_store_seconds_count')).toBe(applied)
    const storeSeconds = metricValue(samples, 'plenary_update_store_seconds_sum')
    expect(storeSeconds).toBeGreaterThan(0)
    expect(storeSeconds / applied).toBeLessThan(0.25) // SQLite stores in about a millisecond
    expect(metricValue(samples, 'plenary_refused_changes_total', { reason: 'viewer_update', role: 'viewer' })).toBe(1)
    // 20 updates of ~400 B came in, and each went out to two other clients.
    expect(metricValue(samples, 'plenary_received_bytes_total')).toBeGreaterThan(20 * 250)
    expect(metricValue(samples, 'plenary_sent_bytes_total')).toBeGreaterThan(40 * 250)
    expect(metricValue(samples, 'plenary_malformed_frame_closes_total')).toBe(3)
    expect(metricValue(samples, 'plenary_oversized_frame_closes_total')).toBe(1)
    expect(metricValue(samples, 'plenary_rate_limited_closes_total')).toBe(0)
    expect(metricValue(samples, 'plenary_slow_reader_disconnects_total')).toBe(0)
    expect(metricValue(samples, 'plenary_dead_connection_terminations_total')).toBe(0)
    expect(metricValue(samples, 'plenary_connections')).toBe(3)

    for (const c of [a, b, viewer]) c.destroy()
    await waitFor(() => server.registry.loadedCount === 0, 5000, 'room unloaded')
    samples = await scrape(server.origin)
    expect(metricValue(samples, 'plenary_connections')).toBe(0)
    expect(metricValue(samples, 'plenary_rooms_loaded')).toBe(0)
  })

  it('counts HTTP requests by method, route pattern and status, and no new series for random URLs', async () => {
    const board = await createBoard(server.origin, 'Cooperativa Ñandú — Kraków 協同組合')
    const api = `${server.origin}${Paths.boards}/${board.id}`
    const get = async (url: string, token?: string) => {
      const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {})
      await response.arrayBuffer()
      return response.status
    }
    for (const role of ROLES) expect(await get(api, board.tokens[role])).toBe(200)
    expect(await get(api)).toBe(401)
    expect(await get(`${api}/export.md`, board.tokens.viewer)).toBe(200)
    const apiSeries = (samples: Sample[]) => {
      const labels = { method: 'GET', route: '/api/boards/:id' }
      return {
        ok: metricValue(samples, 'plenary_http_requests_total', { ...labels, status: '200' }),
        unauthorized: metricValue(samples, 'plenary_http_requests_total', { ...labels, status: '401' }),
        timed: metricValue(samples, 'plenary_http_request_duration_seconds_count', labels),
        seconds: metricValue(samples, 'plenary_http_request_duration_seconds_sum', labels),
        minutes: metricValue(samples, 'plenary_http_requests_total', { route: '/api/boards/:id/export.md', status: '200' }),
      }
    }
    await waitForScrape(server.origin, (samples) => apiSeries(samples).timed === ROLES.length + 1, 'every request counted')
    const counted = apiSeries(await scrape(server.origin))
    expect(counted).toMatchObject({ ok: ROLES.length, unauthorized: 1, timed: ROLES.length + 1, minutes: 1 })
    expect(counted.seconds).toBeGreaterThan(0)
    expect(counted.seconds / counted.timed).toBeLessThan(1)

    // A scan: the same shapes of URL and methods twice, with different random parts each time.
    const scan = async () => {
      const random = () => randomUUID()
      const paths = [
        () => `${Paths.boards}/${random()}`,
        () => `${Paths.boards}/${random()}/${random()}.md`,
        () => `/api/${random()}`,
        () => `/b/${random()}/${random()}`,
        () => `/${random()}.php`,
        () => `/assets/${random()}.js?${random()}=${random()}`,
      ]
      for (const path of paths) {
        for (const method of ['GET', 'POST', 'DELETE', 'PROPFIND'])
          await (await fetch(`${server.origin}${path()}`, { method })).arrayBuffer()
      }
    }
    const httpSeries = async () => {
      const samples = await scrape(server.origin)
      return samples.filter((sample) => sample.name.startsWith('plenary_http_request')).map((sample) => JSON.stringify(sample.labels))
    }
    await scan()
    const before = await httpSeries()
    await scan()
    const after = await httpSeries()
    expect(new Set(after)).toEqual(new Set(before))
    const routes = new Set(after.map((labels) => (JSON.parse(labels) as { route?: string }).route))
    // Patterns of the route table and the kinds of request no route answers; no raw path.
    for (const name of routes) expect(name).toMatch(/^(index|asset|unmatched|refused|\/[a-z/:.]*)$/)
    expect(routes).toContain('unmatched')
    const methods = new Set(after.map((labels) => (JSON.parse(labels) as { method?: string }).method))
    expect(methods).toContain('other')
    expect(methods).not.toContain('PROPFIND')
  })

  it('keeps each server’s metrics apart (no global registry)', async () => {
    const other = await startTestServer()
    try {
      const ws = new WebSocket(`${other.origin.replace('http', 'ws')}/sync/AAAAAAAAAAAAAAAAAAAAAA`)
      await new Promise((resolve) => ws.once('close', resolve))
      const samples = await scrape(other.origin)
      expect(metricValue(samples, 'plenary_updates_applied_total')).toBe(0)
      expect(metricValue(samples, 'process_cpu_user_seconds_total')).toBeNaN()
    } finally {
      await other.close()
    }
  })
})

describe('room load and compaction metrics', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ compactEvery: 4 })
  })
  afterAll(() => server.close())

  it('time each board load and each compaction of its update log', async () => {
    const board = await createBoard(server.origin, 'Asamblea general — Gdańsk, Ελλάδα, 東京')
    let samples = await scrape(server.origin)
    expect(metricValue(samples, 'plenary_room_loads_total', { result: 'loaded' })).toBe(0)
    expect(metricValue(samples, 'plenary_room_loads_total', { result: 'failed' })).toBe(0)
    expect(metricValue(samples, 'plenary_compactions_total', { result: 'compacted' })).toBe(0)

    const writer = connectClient(server.origin, board, { role: Role.facilitator })
    await waitForSync(writer)
    for (let i = 0; i < 10; i++) recordsMap(writer.doc).set(`shape:n${i}`, note(i))
    // Ten updates with COMPACT_EVERY=4: the log is compacted while the room is open.
    await waitForScrape(
      server.origin,
      (samples) => metricValue(samples, 'plenary_compactions_total', { result: 'compacted' }) > 0,
      'a compaction',
    )
    writer.destroy()
    await waitFor(() => server.registry.loadedCount === 0, 5000, 'room unloaded')

    const reader = connectClient(server.origin, board, { role: Role.viewer })
    await waitForSync(reader)
    expect(recordsMap(reader.doc).size).toBe(10)
    reader.destroy()
    await waitFor(() => server.registry.loadedCount === 0, 5000, 'room unloaded again')

    samples = await scrape(server.origin)
    expect(metricValue(samples, 'plenary_room_loads_total', { result: 'loaded' })).toBe(2)
    expect(metricValue(samples, 'plenary_room_load_seconds_count')).toBe(2)
    const loadSeconds = metricValue(samples, 'plenary_room_load_seconds_sum')
    expect(loadSeconds).toBeGreaterThan(0)
    expect(loadSeconds).toBeLessThan(5)
    const compactions = metricValue(samples, 'plenary_compactions_total', { result: 'compacted' })
    expect(compactions).toBeGreaterThanOrEqual(1)
    expect(metricValue(samples, 'plenary_compactions_total', { result: 'failed' })).toBe(0)
    expect(metricValue(samples, 'plenary_compaction_seconds_count')).toBe(compactions)
    expect(metricValue(samples, 'plenary_compaction_seconds_sum')).toBeGreaterThan(0)
    // The last snapshot holds all ten notes of ~400 bytes each.
    expect(metricValue(samples, 'plenary_compaction_snapshot_bytes_sum') / compactions).toBeGreaterThan(1000)
    // One node alone publishes nothing.
    expect(metricValue(samples, 'plenary_fanout_messages_total')).toBe(0)
  })
})
