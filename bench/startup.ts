/**
 * How fast `npm start` serves again and what it costs at rest (docs/DEPLOY.md, issue 19):
 * starts `npm start` in a checkout (this one, or `--root <dir>`, e.g. an export of an older
 * commit with node_modules linked), times it from spawn to the first 200 from /healthz, then
 * reads the resident memory of the whole process tree with no board loaded, and stops it with
 * SIGTERM. One unmeasured start first makes sure the build exists, so every measured start is
 * a second start. Prints the median of `--runs` (3) starts.
 *
 * `--command` measures another start, e.g. an unpacked release's `node server/index.js`.
 *
 *   npm run bench:startup -- [--root <dir>] [--runs 3] [--command "node server/index.js"]
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { freePort } from '../server/testing/freePort'
import { tempDir } from '../server/testing/testServer'
import { treeMemory, type TreeProcess } from './lib/processTree'

const { values } = parseArgs({
  options: { root: { type: 'string' }, runs: { type: 'string', default: '3' }, command: { type: 'string', default: 'npm start' } },
})
const [program = 'npm', ...programArgs] = (values.command ?? 'npm start').split(' ')
const root = resolve(values.root ?? '.')
const runs = Number(values.runs)
/** Time for the tree to settle (lazy imports, first GC) before memory is read. */
const SETTLE_MS = 2000

interface Start {
  ms: number
  processes: number
  rssMiB: number
  tree: TreeProcess[]
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms))
}

async function healthy(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/healthz`)
    return response.status === 200
  } catch {
    return false
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((done) => child.once('exit', done))
  // npm does not always pass SIGTERM on; the child leads its own process group, so signal the group.
  process.kill(-child.pid, 'SIGTERM')
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

async function startOnce(): Promise<Start> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(program, programArgs, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: tempDir('plenary-startup-'), LOG_LEVEL: 'warn' },
  })
  try {
    while (!(await healthy(origin))) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
      if (performance.now() - started > 300_000) throw new Error('no healthy /healthz within 5 minutes')
      await sleep(20)
    }
    const ms = performance.now() - started
    await sleep(SETTLE_MS)
    if (child.pid === undefined) throw new Error('no pid')
    const tree = treeMemory(child.pid)
    return { ms, processes: tree.processes.length, rssMiB: tree.rssBytes / 2 ** 20, tree: tree.processes }
  } finally {
    await stop(child)
  }
}

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1)

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

console.log(`${values.command} in ${root}: one warm-up start, then ${runs} measured`)
await startOnce()
const starts: Start[] = []
for (let i = 0; i < runs; i++) {
  const start = await startOnce()
  console.log(
    `  start ${i + 1}: healthy after ${Math.round(start.ms)} ms, ${start.processes} processes, ${start.rssMiB.toFixed(1)} MiB RSS`,
  )
  starts.push(start)
}
console.log('  processes:')
for (const { rssBytes, command } of starts.at(-1)?.tree ?? []) console.log(`    ${mib(rssBytes).padStart(6)} MiB  ${command.slice(0, 110)}`)
console.log(
  `median: healthy after ${Math.round(median(starts.map((s) => s.ms)))} ms, ` +
    `${median(starts.map((s) => s.processes))} processes, ${median(starts.map((s) => s.rssMiB)).toFixed(1)} MiB RSS (no board loaded)`,
)
