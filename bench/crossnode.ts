/**
 * Cross-node latency benchmark: how much later does an edit reach a client on another server
 * node (through Redis) than one on the writer's node, and how does that compare with the
 * single-node SQLite default? Measured in one run on this machine:
 *
 *   npx tsx bench/crossnode.ts            (npm run bench:crossnode)
 *
 * Starts its own PostgreSQL (with fsync, like a deployment) and Redis (Debian's packages, as
 * the tests do) and real server processes; headless stock y-websocket clients live in this process, so every latency is
 * read on one clock: from the writer's local edit to the receiver's document holding it.
 * Prints a Markdown table and writes bench/results/crossnode.json.
 */
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { recordsMap } from '../shared/boardDoc'
import { startPostgres, startRedis } from '../server/testing/services'
import { connectClient, createBoard, waitFor, waitForSync, type TestClient } from '../server/testing/syncClient'
import { testNote } from '../server/testing/testNotes'
import { fakeClientDir, spawnServer, tempDir, type ServerProcess } from '../server/testing/testServer'
import { mean, percentile } from './lib/measure'

/** Receivers per node; one writer on the first node. */
const RECEIVERS_PER_NODE = 4
const WARMUP_EDITS = 20
const EDITS = 300
/** Spacing between edits: a busy meeting, well below the per-connection rate limit. */
const EDIT_INTERVAL_MS = 20

interface Row {
  scenario: string
  receivers: number
  samples: number
  p50: number
  p95: number
  p99: number
  mean: number
  max: number
}

/** Runs the edit stream and returns latencies (ms) per receiver group. */
async function measure(writer: TestClient, groups: Record<string, TestClient[]>): Promise<Record<string, number[]>> {
  const sentAt = new Map<string, number>()
  const latencies: Record<string, number[]> = {}
  const measuring = { on: false }
  for (const [name, receivers] of Object.entries(groups)) {
    const samples: number[] = []
    latencies[name] = samples
    for (const receiver of receivers) {
      recordsMap(receiver.doc).observe((event) => {
        const now = performance.now()
        for (const key of event.keysChanged) {
          const sent = sentAt.get(key)
          if (sent !== undefined && measuring.on) samples.push(now - sent)
        }
      })
    }
  }
  const everyone = Object.values(groups).flat()
  const run = async (from: number, count: number) => {
    for (let n = from; n < from + count; n++) {
      const id = `shape:n${n}`
      sentAt.set(id, performance.now())
      recordsMap(writer.doc).set(id, testNote(n))
      await new Promise((resolve) => setTimeout(resolve, EDIT_INTERVAL_MS))
    }
    await waitFor(() => everyone.every((c) => recordsMap(c.doc).has(`shape:n${from + count - 1}`)), 30_000, 'the last edit everywhere')
  }
  await run(0, WARMUP_EDITS)
  measuring.on = true
  await run(WARMUP_EDITS, EDITS)
  return latencies
}

function row(scenario: string, receivers: number, samples: number[]): Row {
  const round = (value: number) => Math.round(value * 100) / 100
  return {
    scenario,
    receivers,
    samples: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    mean: round(mean(samples)),
    max: round(Math.max(...samples)),
  }
}

async function clientsOn(origin: string, board: Awaited<ReturnType<typeof createBoard>>, count: number): Promise<TestClient[]> {
  const clients = Array.from({ length: count }, () => connectClient(origin, board))
  await Promise.all(clients.map((c) => waitForSync(c, 15_000)))
  return clients
}

async function stopNode(node: ServerProcess): Promise<void> {
  node.child.kill('SIGTERM')
  await node.exited
}

const quietLog = () => undefined
const rows: Row[] = []
const clientDir = fakeClientDir()

// Single node, embedded SQLite: the one-command default.
{
  const node = await spawnServer({ DATA_DIR: tempDir(), CLIENT_DIR: clientDir }, { onLog: quietLog })
  const board = await createBoard(node.origin)
  const [writer, ...receivers] = await clientsOn(node.origin, board, 1 + 2 * RECEIVERS_PER_NODE)
  const result = await measure(writer as TestClient, { same: receivers })
  rows.push(row('single node, SQLite', receivers.length, result.same ?? []))
  for (const c of [writer, ...receivers]) c?.destroy()
  await stopNode(node)
}

// Two nodes on PostgreSQL and Redis: receivers on the writer's node and on the other one.
const [postgres, redis] = await Promise.all([startPostgres({ durable: true }), startRedis()])
try {
  const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, DATA_DIR: tempDir(), CLIENT_DIR: clientDir }
  const [a, b] = await Promise.all([spawnServer(env, { onLog: quietLog }), spawnServer(env, { onLog: quietLog })])
  if (!a || !b) throw new Error('two nodes expected')
  const board = await createBoard(a.origin)
  const [writer, ...sameNode] = await clientsOn(a.origin, board, 1 + RECEIVERS_PER_NODE)
  const otherNode = await clientsOn(b.origin, board, RECEIVERS_PER_NODE)
  const result = await measure(writer as TestClient, { same: sameNode, other: otherNode })
  rows.push(row('two nodes (PG + Redis), same node', sameNode.length, result.same ?? []))
  rows.push(row('two nodes (PG + Redis), other node', otherNode.length, result.other ?? []))
  for (const c of [writer, ...sameNode, ...otherNode]) c?.destroy()
  await Promise.all([stopNode(a), stopNode(b)])
} finally {
  await Promise.all([postgres.dispose(), redis.dispose()])
}

const header = '| scenario | receivers | samples | p50 ms | p95 ms | p99 ms | mean ms | max ms |'
console.log(`\nEdit → receive latency, ${EDITS} edits every ${EDIT_INTERVAL_MS} ms, one writer\n`)
console.log(header)
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const r of rows)
  console.log(`| ${r.scenario} | ${r.receivers} | ${r.samples} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.mean} | ${r.max} |`)

writeFileSync(
  'bench/results/crossnode.json',
  `${JSON.stringify(
    {
      command: 'npx tsx bench/crossnode.ts',
      date: new Date().toISOString(),
      environment: {
        node: process.version,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        // Other work on the machine moves every figure; the 1-minute load says how much there was.
        loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      },
      workload: { receiversPerNode: RECEIVERS_PER_NODE, warmupEdits: WARMUP_EDITS, edits: EDITS, editIntervalMs: EDIT_INTERVAL_MS },
      results: rows,
    },
    null,
    2,
  )}\n`,
)
console.log('\nwrote bench/results/crossnode.json')
process.exit(0)
