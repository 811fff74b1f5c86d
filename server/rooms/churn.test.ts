import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { RunningServer } from '../app'
import { metricValue, scrape } from '../testing/metricsText'
import { syncUrl } from '../testing/rawClient'
import { createBoard, waitFor, type TestBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'

const BOARDS = 1000
const CYCLES = 10_000
const PARALLEL = 20
const MB = 1024 * 1024

/** One visit: open, receive the server's sync step 1, close, and wait until closed. */
function visit(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.once('message', () => ws.close())
    ws.once('close', () => resolve())
    ws.once('error', reject)
  })
}

async function churn(boards: readonly TestBoard[], origin: string, cycles: number, onProgress: () => void) {
  let next = 0
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let i = next++; i < cycles; i = next++) {
        const board = boards[i % boards.length]
        if (!board) throw new Error('no board')
        await visit(syncUrl(origin, board))
        if (i % 500 === 0) onProgress()
      }
    }),
  )
}

function heapUsed(): number {
  if (!globalThis.gc) throw new Error('run with --expose-gc (vitest.config.ts execArgv)')
  globalThis.gc()
  globalThis.gc()
  return process.memoryUsage().heapUsed
}

describe('room churn', () => {
  let server: RunningServer
  let boards: TestBoard[]
  beforeAll(async () => {
    server = await startTestServer({ idleUnloadMs: 0 })
    boards = []
    for (let i = 0; i < BOARDS; i += 50) {
      boards.push(...(await Promise.all(Array.from({ length: 50 }, () => createBoard(server.origin)))))
    }
  }, 60_000)
  afterAll(() => server.close())

  it('releases rooms and connections: 10,000 visits across 1,000 boards leave memory near its baseline', async () => {
    const settled = () => waitFor(() => server.registry.loadedCount === 0, 10_000, 'every room unloaded')
    // Warm up first, so code compiled and caches filled on first use do not count as growth.
    await churn(boards, server.origin, BOARDS, () => undefined)
    await settled()
    const baseline = heapUsed()

    let peak = baseline
    let peakRooms = 0
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed)
      peakRooms = Math.max(peakRooms, server.registry.loadedCount)
    }
    const sampler = setInterval(sample, 50)
    const started = Date.now()
    await churn(boards, server.origin, CYCLES, sample)
    clearInterval(sampler)
    const seconds = (Date.now() - started) / 1000
    await settled()
    const after = heapUsed()

    console.log(
      `churn: ${CYCLES} visits over ${BOARDS} boards in ${seconds.toFixed(1)} s; heap baseline ${(baseline / MB).toFixed(1)} MB, ` +
        `peak ${(peak / MB).toFixed(1)} MB (${peakRooms} rooms loaded at most), after ${(after / MB).toFixed(1)} MB`,
    )
    expect(server.registry.loadedCount).toBe(0)
    expect(after).toBeLessThanOrEqual(baseline + 10 * MB)
    const samples = await scrape(server.origin)
    expect(metricValue(samples, 'plenary_connections')).toBe(0)
    expect(metricValue(samples, 'plenary_rooms_loaded')).toBe(0)
  }, 90_000)
})
