import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { recordsMap } from '../../shared/boardDoc'
import { CloseCode, Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { metricValue, parseMetrics, scrape, type Sample } from '../testing/metricsText'
import { openRaw, syncUrl } from '../testing/rawClient'
import { connectClient, createBoard, waitFor, waitForSync } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { testNote } from '../testing/testNotes'
import { createMetricsRegistry } from './registry'

const note = (n: number) => testNote(n)

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
