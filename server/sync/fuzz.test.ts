import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { MessageType, Role } from '../../shared/protocol'
import { metricValue, scrape } from '../testing/metricsText'
import { awarenessFrame, openRaw, syncFrame, syncUrl, type RawClient } from '../testing/rawClient'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'
import { fakeClientDir, spawnServer, tempDir, type ServerProcess } from '../testing/testServer'

const FRAMES = 100_000
const CONNECTIONS = 50
/** The fuzzing stops here even if not all frames were sent, so the file stays well under a minute. */
const TIME_BUDGET_MS = 35_000
const MAX_FRAME_BYTES = 16 * 1024

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Frame = { kind: string; data: Uint8Array | string; binary: boolean }

/** Builds frames of every kind a hostile or broken client might send. */
function frameFactory(random: () => number) {
  const int = (n: number) => Math.floor(random() * n)
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256))
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  // Well-formed frames to send as they are, cut short or with flipped bytes.
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < 200; i++) {
    if (i % 4 === 3) recordsMap(doc).delete(`shape:f${i - 1}`)
    else recordsMap(doc).set(`shape:f${i}`, { id: `shape:f${i}`, typeName: 'shape', junk: 'x'.repeat(int(200)) })
  }
  const valid = (): Uint8Array => {
    switch (int(6)) {
      case 0:
        return syncFrame(0, Y.encodeStateVector(doc))
      case 1:
        return syncFrame(1, pick(updates))
      case 2:
        return syncFrame(2, pick(updates))
      case 3:
        return awarenessFrame(1 + int(2 ** 31), int(100), { user: { name: 'fuzz' }, cursor: { x: random() } })
      case 4:
        return new Uint8Array([MessageType.queryAwareness])
      default: {
        // A self-contained update (no missing dependencies), so it is applied and broadcast.
        const fresh = new Y.Doc()
        recordsMap(fresh).set(`shape:x${int(50)}`, { id: 'junk', typeName: 'shape', n: random() })
        return syncFrame(2, Y.encodeStateAsUpdate(fresh))
      }
    }
  }
  return (): Frame => {
    const roll = random()
    if (roll < 0.25) {
      const data = bytes(int(256))
      if (data.length > 0 && random() < 0.7) data[0] = int(4)
      return { kind: 'random', data, binary: true }
    }
    if (roll < 0.45) {
      const frame = valid()
      return { kind: 'truncated', data: frame.subarray(0, Math.max(1, int(frame.length))), binary: true }
    }
    if (roll < 0.6) {
      const frame = valid().slice()
      for (let i = 0, n = 1 + int(3); i < n; i++) frame[int(frame.length)] = int(256)
      return { kind: 'flipped', data: frame, binary: true }
    }
    if (roll < 0.8) return { kind: 'valid', data: valid(), binary: true }
    if (roll < 0.85) return { kind: 'oversized', data: bytes(MAX_FRAME_BYTES + 1 + int(1000)), binary: true }
    if (roll < 0.9) return { kind: 'invalid-utf8', data: Uint8Array.from([0x61, 0xff, 0xfe, 0xc3, 0x28]), binary: false }
    if (roll < 0.95) return { kind: 'text', data: 'hello server', binary: false }
    return { kind: 'empty', data: new Uint8Array(0), binary: true }
  }
}

describe('fuzzing the sync endpoint', () => {
  let server: ServerProcess
  const logLevels = new Map<number, number>()
  const serious: string[] = []
  beforeAll(async () => {
    server = await spawnServer(
      { DATA_DIR: tempDir(), CLIENT_DIR: fakeClientDir(), MAX_FRAME_BYTES: String(MAX_FRAME_BYTES) },
      {
        onLog: (line) => {
          const level = Number(/"level":(\d+)/.exec(line)?.[1] ?? 0)
          logLevels.set(level, (logLevels.get(level) ?? 0) + 1)
          if (level >= 50) serious.push(line)
        },
      },
    )
  })
  afterAll(async () => {
    server.child.kill('SIGTERM')
    await server.exited
  })

  it('survives 100,000 random, truncated, oversized and text frames while two honest clients stay in sync', async () => {
    const board: TestBoard = await createBoard(server.origin)
    const honest: TestClient[] = [connectClient(server.origin, board), connectClient(server.origin, board)]
    await Promise.all(honest.map((c) => waitForSync(c)))
    const honestCloses: number[] = []
    for (const c of honest) c.provider.on('connection-close', (event) => honestCloses.push(event?.code ?? 0))

    // The honest clients edit notes and move their cursors throughout.
    let edits = 0
    const editing = setInterval(() => {
      const client = honest[edits % 2]
      if (!client) return
      const n = edits % 20
      if (edits % 7 === 6) recordsMap(client.doc).delete(`shape:n${n}`)
      else recordsMap(client.doc).set(`shape:n${n}`, testNote(n, edits, `edit ${edits}`))
      client.provider.awareness.setLocalStateField('cursor', { x: edits, y: 0 })
      edits++
    }, 20)

    const next = frameFactory(prng(20240601))
    const random = prng(7)
    const sentByKind = new Map<string, number>()
    const closesByCode = new Map<number, number>()
    let sent = 0
    let connects = 0
    let failedConnects = 0
    const started = Date.now()
    const inTime = () => Date.now() - started < TIME_BUDGET_MS

    const fuzzer = async () => {
      while (sent < FRAMES && inTime()) {
        let client: RawClient
        try {
          client = await openRaw(syncUrl(server.origin, board, random() < 0.8 ? Role.participant : Role.viewer))
          connects++
        } catch {
          failedConnects++
          continue
        }
        let open = true
        void client.closed.then((code) => {
          open = false
          closesByCode.set(code, (closesByCode.get(code) ?? 0) + 1)
        })
        // Bursts of frames until the server closes the connection.
        while (open && sent < FRAMES && inTime()) {
          for (let i = 0, n = 1 + Math.floor(random() * 20); i < n && sent < FRAMES; i++) {
            const frame = next()
            client.ws.send(frame.data, { binary: frame.binary })
            sent++
            sentByKind.set(frame.kind, (sentByKind.get(frame.kind) ?? 0) + 1)
          }
          await new Promise((resolve) => setTimeout(resolve, 2))
        }
        if (open) client.ws.close()
        await client.closed
      }
    }
    await Promise.all(Array.from({ length: CONNECTIONS }, fuzzer))
    const seconds = (Date.now() - started) / 1000
    clearInterval(editing)

    // The server is alive, healthy and answering.
    expect(server.child.exitCode).toBeNull()
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200)
    const samples = await scrape(server.origin)

    // Both honest clients and a newcomer (who receives the server's state) agree.
    const newcomer = connectClient(server.origin, board)
    await waitForSync(newcomer)
    const sameAsServer = (c: TestClient) => isDeepStrictEqual(recordsMap(c.doc).toJSON(), recordsMap(newcomer.doc).toJSON())
    await waitFor(() => honest.every(sameAsServer), 10_000, 'honest clients equal to the server')
    const records = recordsMap(newcomer.doc).toJSON()
    const closesBeforeLeaving = [...honestCloses]
    for (const c of [...honest, newcomer]) c.destroy()

    console.log(
      [
        `fuzz: ${sent} frames in ${seconds.toFixed(1)} s over ${connects} connections (${failedConnects} failed to open), ${CONNECTIONS} at a time`,
        `  sent by kind: ${JSON.stringify(Object.fromEntries(sentByKind))}`,
        `  closes by code: ${JSON.stringify(Object.fromEntries(closesByCode))}`,
        `  server: malformed closes ${metricValue(samples, 'plenary_malformed_frame_closes_total')}, oversized ${metricValue(samples, 'plenary_oversized_frame_closes_total')}, ` +
          `rate limited ${metricValue(samples, 'plenary_rate_limited_closes_total')}, refused changes ${metricValue(samples, 'plenary_refused_changes_total')}, updates applied ${metricValue(samples, 'plenary_updates_applied_total')}, ` +
          `received ${(metricValue(samples, 'plenary_received_bytes_total') / 1e6).toFixed(1)} MB`,
        `  honest edits ${edits}, records at the end ${Object.keys(records).length}; server log lines by level ${JSON.stringify(Object.fromEntries(logLevels))}`,
      ].join('\n'),
    )
    // index.ts logs unhandled rejections at error level; an uncaught exception ends the process.
    expect(serious).toEqual([])
    // The server counted what the clients saw (give or take connections closing at the end).
    const seenClosing = (...codes: number[]) => codes.reduce((sum, code) => sum + (closesByCode.get(code) ?? 0), 0)
    expect(Math.abs(metricValue(samples, 'plenary_malformed_frame_closes_total') - seenClosing(4000, 1007))).toBeLessThanOrEqual(
      CONNECTIONS,
    )
    expect(Math.abs(metricValue(samples, 'plenary_oversized_frame_closes_total') - seenClosing(1009))).toBeLessThanOrEqual(CONNECTIONS)
    expect(closesBeforeLeaving).toEqual([])
    expect(sent).toBeGreaterThanOrEqual(Math.min(FRAMES, 20_000))
    expect(edits).toBeGreaterThan(100)
  }, 90_000)
})
