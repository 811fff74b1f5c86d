/**
 * The benchmark suite (`npm run bench`): the same workloads against the reference y-websocket
 * server, Hocuspocus and Plenary (SQLite persistence on), in one invocation on this machine.
 *
 *   npm run bench                                   every scenario (15–35 minutes here, by load)
 *   npm run bench -- --scenario=fanout --n=50       a subset
 *
 * Flags: --scenario=fanout,live,coldjoin,memory,crossnode,throughput,render  --server=plenary,ywsRef,hocuspocus
 *        --n=50,300,1000  --seconds=15  --warmup=2  --workers=4  --out=bench/results/suite.json
 * (a) fanout: N clients, one writing 10 sticky-note edits/s; (b) live: the same with every
 * client moving its cursor 10 times a second; (c) coldjoin: joining a 5,000-note board;
 * (d) server CPU per delivery, memory per connection and per room, machine busy %, measured
 * within (a)–(c); (e) crossnode: bench/crossnode.ts, run as its own process; render: a
 * 5,000-note board in Chromium, Plenary's client against bare tldraw (bench/scenarios/render.ts).
 * Prints Markdown tables and writes the results as JSON (see docs/PERFORMANCE.md).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname } from 'node:path'
import { coldJoinTable, fanoutTable } from './lib/report'
import { SERVER_KINDS, SERVER_LABELS, type ServerKind } from './lib/servers'
import { runColdJoin, type ColdJoinResult } from './scenarios/coldJoin'
import { runFanout, type FanoutResult } from './scenarios/fanout'
import { runIdleMemory, type IdleMemoryResult } from './scenarios/idleMemory'
import { runThroughput, type ThroughputResult } from './scenarios/throughput'
import { throughputTable } from './lib/throughputReport'
import { runRender, type RenderResult } from './scenarios/render'

const SCENARIOS = ['fanout', 'live', 'coldjoin', 'memory', 'crossnode', 'throughput', 'render'] as const
type Scenario = (typeof SCENARIOS)[number]

function flag(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

function listFlag<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const value = flag(name)
  if (value === undefined) return [...fallback]
  const items = value.split(',').filter(Boolean)
  for (const item of items) if (!allowed.includes(item as T)) throw new Error(`--${name}: ${item} is not one of ${allowed.join(', ')}`)
  return items as T[]
}

function numberFlag(name: string, fallback: number): number {
  const value = flag(name)
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
  return parsed
}

const scenarios = listFlag<Scenario>('scenario', SCENARIOS, SCENARIOS)
const servers = listFlag<ServerKind>('server', SERVER_KINDS, SERVER_KINDS)
const sizes = (flag('n') ?? '50,300,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 1)
const seconds = numberFlag('seconds', 15)
const warmupSeconds = numberFlag('warmup', 2)
const workers = numberFlag('workers', 4)
const out = flag('out') ?? 'bench/results/suite.json'

const started = Date.now()
const environment = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  loadAverage1mAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
}
console.log(`Plenary benchmark suite: ${scenarios.join(', ')} against ${servers.map((s) => SERVER_LABELS[s]).join(', ')}`)
console.log(`machine: ${environment.cores} × ${environment.cpu}, Node ${environment.node}, load ${environment.loadAverage1mAtStart}\n`)

const fanout: FanoutResult[] = []
for (const scenario of scenarios.filter((s) => s === 'fanout' || s === 'live')) {
  for (const clients of sizes) {
    for (const server of servers) {
      const label = `${scenario} N=${clients} ${server}`
      process.stdout.write(`${label} … `)
      try {
        const result = await runFanout({
          server,
          clients,
          cursorHz: scenario === 'live' ? 10 : 0,
          editHz: 10,
          warmupSeconds,
          seconds,
          workers,
        })
        fanout.push(result)
        console.log(
          `edit p99 ${result.editP99} ms, undelivered ${result.undelivered}/${result.pairs}, cursor p99 ${result.cursorP99 ?? '–'} ms`,
        )
      } catch (error) {
        console.log(`failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
}

let coldJoin: ColdJoinResult[] = []
if (scenarios.includes('coldjoin')) {
  process.stdout.write('coldjoin … ')
  coldJoin = await runColdJoin(servers)
  console.log('done')
}

// Plenary only: its heap is read in this process after a full collection.
const memory: IdleMemoryResult[] = []
if (scenarios.includes('memory')) {
  for (const clients of sizes) {
    process.stdout.write(`memory N=${clients} plenary … `)
    const result = await runIdleMemory(clients, workers)
    memory.push(result)
    console.log(`${result.heapKBPerConnection} KB heap, ${result.rssKBPerConnection} KB RSS per idle connection`)
  }
}

let crossnode: unknown = null
if (scenarios.includes('crossnode')) {
  console.log('crossnode (bench/crossnode.ts) …')
  const child = spawnSync(process.execPath, [...process.execArgv, 'bench/crossnode.ts'], { stdio: 'inherit' })
  if (child.status === 0) crossnode = JSON.parse(readFileSync('bench/results/crossnode.json', 'utf8')) as unknown
  else console.log(`crossnode failed with ${child.status}`)
}

// Plenary only: persistence on (as deployed) against off (bench/servers/plenaryNoPersistence.ts).
let throughput: ThroughputResult | null = null
if (scenarios.includes('throughput')) {
  console.log('throughput (Plenary, persistence on vs off) …')
  try {
    throughput = await runThroughput(undefined, (line) => console.log(`  ${line}`))
    console.log(`\n${throughputTable(throughput)}`)
  } catch (error) {
    console.log(`throughput failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

// Plenary only: its real client in Chromium against bare tldraw loading the same records.
let render: RenderResult | null = null
if (scenarios.includes('render')) {
  console.log('render (Chromium, 5,000 notes: Plenary vs bare tldraw) …')
  try {
    render = await runRender((line) => console.log(`  ${line}`))
    console.log(`\n${render.table}`)
  } catch (error) {
    console.log(`render failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

if (fanout.length) console.log(`\n${fanoutTable(fanout)}`)
if (coldJoin.length) console.log(`\n${coldJoinTable(coldJoin)}`)

mkdirSync(dirname(out), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify(
    {
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      minutes: Math.round((Date.now() - started) / 6000) / 10,
      environment: { ...environment, loadAverage1mAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
      workload: { editsPerSecond: 10, cursorHz: 10, warmupSeconds, seconds, workers, deliveryDeadlineMs: 2000 },
      fanout,
      coldJoin,
      memory,
      crossnode,
      throughput,
      render,
    },
    null,
    2,
  )}\n`,
)
console.log(`\nwrote ${out} in ${Math.round((Date.now() - started) / 1000)} s`)
process.exit(0)
