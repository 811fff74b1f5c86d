/**
 * The servers under test, each started as its own process on a free port so its CPU time and
 * memory can be read from /proc: the reference y-websocket server (y-websocket 1.5.4
 * bin/server.js, in memory), Hocuspocus (no extensions, in memory) and Plenary with its real
 * SQLite persistence (every update stored before it is broadcast).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import { join } from 'node:path'
import { freePort } from '../../server/testing/freePort'
import { createBoard } from '../../server/testing/syncClient'
import { fakeClientDir, tempDir } from '../../server/testing/testServer'
import type { Target } from './protocol'

/** Which server a run measures. */
export type ServerKind = 'plenary' | 'ywsRef' | 'hocuspocus'

/** Every server kind, in table order. */
export const SERVER_KINDS: readonly ServerKind[] = ['plenary', 'ywsRef', 'hocuspocus']

/** Display names for tables. */
export const SERVER_LABELS: Record<ServerKind, string> = {
  plenary: 'Plenary (SQLite, persistence on)',
  ywsRef: 'y-websocket 1.5.4 reference server',
  hocuspocus: 'Hocuspocus 4.7',
}

/** A started server process. */
export interface BenchServer {
  readonly kind: ServerKind
  readonly pid: number
  /** A fresh room (a new board for Plenary) that clients can join. */
  newRoom(title: string): Promise<Target>
  stop(): Promise<void>
}

const ROOT = join(import.meta.dirname, '..', '..')

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before listening`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`server did not listen on ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function spawnNode(args: string[], env: Record<string, string>, cwd = ROOT): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Plenary logs JSON lines at LOG_LEVEL=warn: show the first few, so a limit that bites is seen.
  let shown = 0
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = chunk.toString()
    // The reference server announces itself on stdout; that is no warning.
    if (text.startsWith('running at')) return
    if (shown++ < 5) process.stderr.write(`[server] ${text.slice(0, 400)}\n`)
  })
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString()}`))
  return child
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
}

/**
 * Where Plenary's server/ is taken from: this checkout, or BENCH_PLENARY_ROOT (an export of an
 * older commit with node_modules linked) for before/after figures of an optimisation.
 */
const PLENARY_ROOT = process.env.BENCH_PLENARY_ROOT ?? ROOT

/**
 * Node flags for Plenary's process, e.g. `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"`
 * to profile the server under a scenario's load.
 */
const PLENARY_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)

/** Extra environment for Plenary in the benchmark (see docs/PERFORMANCE.md). */
export const PLENARY_BENCH_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
}

/**
 * Plenary's entry point for the benchmark (relative to its root): server/index.ts as deployed,
 * or bench/servers/plenaryNoPersistence.ts, the same server with nothing durable (throughput).
 */
export type PlenaryEntry = 'server/index.ts' | 'bench/servers/plenaryNoPersistence.ts'

/** Starts one server of `kind`; `env` adds to its environment (Plenary's settings). */
export async function startBenchServer(
  kind: ServerKind,
  env: Record<string, string> = {},
  options: { plenaryEntry?: PlenaryEntry } = {},
): Promise<BenchServer> {
  const port = await freePort()
  let child: ChildProcess
  let counter = 0
  const origin = `http://127.0.0.1:${port}`
  switch (kind) {
    case 'ywsRef':
      // The package's exports hide bin/, so the script is found by path.
      child = spawnNode([join(ROOT, 'node_modules', 'y-websocket-server-ref', 'bin', 'server.js')], {
        HOST: '127.0.0.1',
        PORT: String(port),
      })
      break
    case 'hocuspocus':
      child = spawnNode(['--import', 'tsx', 'bench/servers/hocuspocus.ts'], { PORT: String(port) })
      break
    case 'plenary':
      child = spawnNode(
        [...PLENARY_NODE_ARGS, '--import', 'tsx', options.plenaryEntry ?? 'server/index.ts'],
        {
          ...PLENARY_BENCH_ENV,
          HOST: '127.0.0.1',
          PORT: String(port),
          DATA_DIR: tempDir('plenary-bench-'),
          CLIENT_DIR: fakeClientDir(),
          ...env,
        },
        PLENARY_ROOT,
      )
      break
  }
  try {
    await waitForPort(port, child)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const pid = child.pid
  if (pid === undefined) throw new Error('no pid')
  return {
    kind,
    pid,
    async newRoom(title): Promise<Target> {
      counter++
      if (kind === 'plenary') {
        const board = await createBoard(origin, title)
        return { kind: 'yws', url: `ws://127.0.0.1:${port}/sync`, room: board.id, params: { token: board.tokens.participant } }
      }
      const room = `bench-${counter}-${title.replace(/\W+/g, '-')}`
      if (kind === 'hocuspocus') return { kind: 'hocuspocus', url: `ws://127.0.0.1:${port}`, room }
      return { kind: 'yws', url: `ws://127.0.0.1:${port}`, room, params: {} satisfies Record<string, string> }
    },
    stop: stopper(child),
  }
}
