/**
 * Scenario `throughput`: what storing every update before its broadcast costs in sustained
 * edit throughput. Plenary runs as deployed (server/index.ts, SQLite in a temporary DATA_DIR)
 * and with persistence off (bench/servers/plenaryNoPersistence.ts: the same server, updates
 * kept in memory), alternately, `runs` times each. Writers (stock providers, one process)
 * rewrite sticky notes in a closed loop; counting receivers (another process) show how many
 * edits reached every one of them in the measured window. Also times one SQLite append.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { loadavg } from 'node:os'
import { measureAppendCost, type AppendCost } from '../lib/appendCost'
import { busyPercent, machineTicks, processCpuSeconds, sharedNow, type MachineTicks } from '../lib/procstat'
import { startBenchServer, type BenchServer, type PlenaryEntry } from '../lib/servers'
import type { CountSnapshot, ThroughputCommand, ThroughputReport } from '../lib/throughputProtocol'

export type Persistence = 'on' | 'off'

/** One measured run against one server. */
export interface ThroughputRunResult {
  persistence: Persistence
  /** Edits that reached every receiver in the window, per second. */
  editsPerSecond: number
  /** Edits the writers sent in the window, per second. */
  sentPerSecond: number
  /** Edits sent in the whole run that some receiver still lacked 2 s after the end. */
  undelivered: number
  /** Percent of one core, over the window. */
  serverCpuPercent: number
  serverUsPerEdit: number
  writersCpuPercent: number
  receiversCpuPercent: number
  machineBusyPercent: number
  loadAverage1m: number
}

/** Medians over the runs of one persistence setting. */
export interface ThroughputMedian {
  editsPerSecond: number
  serverCpuPercent: number
  serverUsPerEdit: number
}

/** What the scenario reports: its options (but the run count, which `runs` shows), then the figures. */
export interface ThroughputResult extends Omit<ThroughputOptions, 'runs'> {
  scenario: 'throughput'
  /** Bytes of one edit's Yjs update (a note record rewritten). */
  updateBytes: number
  runs: ThroughputRunResult[]
  on: ThroughputMedian
  off: ThroughputMedian
  /** Median edits/s with persistence on over off (the target: at least 0.9). */
  ratio: number
  /**
   * The same ratio implied by the server's CPU per edit (off over on): what the ratio would be
   * if the server had a core to itself and never waited. Steadier than `ratio` when other work
   * takes CPU from the server, but blind to time the server spends blocked (a WAL checkpoint's fsync).
   */
  cpuRatio: number
  appendUpdate: AppendCost
}

export interface ThroughputOptions {
  writers: number
  receivers: number
  /** Edits in flight (sent, not yet seen back from the server), all writers together. */
  window: number
  notesPerWriter: number
  warmupSeconds: number
  seconds: number
  /** Runs per setting, alternating on and off. */
  runs: number
}

export const THROUGHPUT_DEFAULTS: ThroughputOptions = {
  writers: 2,
  receivers: 20,
  window: 40,
  notesPerWriter: 20,
  warmupSeconds: 3,
  seconds: 10,
  runs: 3,
}

const ENTRIES: Record<Persistence, PlenaryEntry> = {
  on: 'server/index.ts',
  off: 'bench/servers/plenaryNoPersistence.ts',
}

/**
 * The per-connection rate limits (300 messages/s, 1 MiB/s) guard against abusive sockets;
 * a writer at full speed passes them, so they are lifted for both settings alike.
 */
const UNLIMITED: Record<string, string> = {
  RATE_LIMIT_MESSAGES_PER_SECOND: '1000000',
  RATE_LIMIT_MESSAGE_BURST: '1000000',
  RATE_LIMIT_BYTES_PER_SECOND: String(1024 ** 3),
}

const WORKER = join(import.meta.dirname, '..', 'lib', 'throughputWorker.ts')
const DRAIN_MS = 2000

function reply<T extends ThroughputReport['type']>(child: ChildProcess, type: T): Promise<Extract<ThroughputReport, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`throughput worker exited with ${code}`))
    const onMessage = (message: ThroughputReport) => {
      if (message.type !== type && message.type !== 'error') return
      child.off('message', onMessage)
      child.off('exit', onExit)
      if (message.type === 'error') reject(new Error(`throughput worker: ${message.message}`))
      else resolve(message as Extract<ThroughputReport, { type: T }>)
    }
    child.on('message', onMessage)
    child.once('exit', onExit)
  })
}

function startWorker(): ChildProcess {
  return fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.send({ type: 'close' } satisfies ThroughputCommand)
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** CPU seconds of each measured process and the machine's counters, read together. */
interface Reading {
  at: number
  cpu: number[]
  machine: MachineTicks
}

function read(pids: number[]): Reading {
  return { at: sharedNow(), cpu: pids.map((pid) => processCpuSeconds(pid) ?? 0), machine: machineTicks() }
}

const minimum = (snapshot: CountSnapshot) => Math.min(...snapshot.counts)
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits

async function runOnce(
  persistence: Persistence,
  options: ThroughputOptions,
): Promise<{ result: ThroughputRunResult; updateBytes: number }> {
  const server: BenchServer = await startBenchServer('plenary', { ...UNLIMITED }, { plenaryEntry: ENTRIES[persistence] })
  const writers = startWorker()
  const receivers = startWorker()
  try {
    const target = await server.newRoom(`throughput ${persistence}`)
    if (target.kind !== 'yws') throw new Error('Plenary is a y-websocket server')
    const receiversJoined = reply(receivers, 'connected')
    receivers.send({ type: 'connect', role: 'receivers', target, receivers: options.receivers } satisfies ThroughputCommand)
    const joined = await receiversJoined
    if (joined.failed > 0) throw new Error(`${joined.failed} receivers did not sync`)
    const writersJoined = reply(writers, 'connected')
    writers.send({
      type: 'connect',
      role: 'writers',
      target,
      writers: options.writers,
      notesPerWriter: options.notesPerWriter,
      window: options.window,
    } satisfies ThroughputCommand)
    const { updateBytes } = await writersJoined

    const now = sharedNow()
    const measureFrom = now + options.warmupSeconds * 1000
    const stopAt = measureFrom + options.seconds * 1000
    const run = { type: 'run', measureFrom, stopAt, reportAt: stopAt + DRAIN_MS } satisfies ThroughputCommand
    const results = Promise.all([reply(writers, 'results'), reply(receivers, 'results')])
    writers.send(run)
    receivers.send(run)
    const pids = [server.pid, writers.pid ?? 0, receivers.pid ?? 0]
    const readAt = (time: number) =>
      new Promise<Reading>((resolve) => setTimeout(() => resolve(read(pids)), Math.max(0, time - sharedNow())))
    const before = await readAt(measureFrom)
    const after = await readAt(stopAt)
    const [written, received] = await results

    const seconds = (after.at - before.at) / 1000
    const cpuPercent = (i: number) => round((100 * ((after.cpu[i] ?? 0) - (before.cpu[i] ?? 0))) / seconds, 1)
    const delivered = minimum(received.stop) - minimum(received.start)
    const receivedSeconds = (received.stop.at - received.start.at) / 1000
    const sent = (written.stop.counts[0] ?? 0) - (written.start.counts[0] ?? 0)
    const serverCpu = (after.cpu[0] ?? 0) - (before.cpu[0] ?? 0)
    // Receivers also counted each writer's one seeding transaction.
    const totalSent = (written.final.counts[0] ?? 0) + options.writers
    return {
      updateBytes,
      result: {
        persistence,
        editsPerSecond: round(delivered / receivedSeconds),
        sentPerSecond: round(sent / ((written.stop.at - written.start.at) / 1000)),
        undelivered: Math.max(0, totalSent - minimum(received.final)),
        serverCpuPercent: cpuPercent(0),
        serverUsPerEdit: delivered > 0 ? round((serverCpu * 1e6) / delivered, 1) : 0,
        writersCpuPercent: cpuPercent(1),
        receiversCpuPercent: cpuPercent(2),
        machineBusyPercent: round(busyPercent(before.machine, after.machine)),
        loadAverage1m: round(loadavg()[0] ?? 0, 2),
      },
    }
  } finally {
    await Promise.all([stopWorker(writers), stopWorker(receivers)])
    await server.stop()
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function medians(runs: ThroughputRunResult[]): ThroughputMedian {
  return {
    editsPerSecond: round(median(runs.map((r) => r.editsPerSecond))),
    serverCpuPercent: round(median(runs.map((r) => r.serverCpuPercent)), 1),
    serverUsPerEdit: round(median(runs.map((r) => r.serverUsPerEdit)), 1),
  }
}

/** Runs persistence on and off alternately, `runs` times each; `log` hears each run's figures. */
export async function runThroughput(
  options: ThroughputOptions = THROUGHPUT_DEFAULTS,
  log: (line: string) => void = () => undefined,
): Promise<ThroughputResult> {
  const appendUpdate = await measureAppendCost(450)
  log(`appendUpdate (450 B): p50 ${appendUpdate.p50Us} µs, p99 ${appendUpdate.p99Us} µs`)
  const runs: ThroughputRunResult[] = []
  let updateBytes = 0
  for (let i = 0; i < options.runs; i++) {
    for (const persistence of ['on', 'off'] as const) {
      const { result, updateBytes: bytes } = await runOnce(persistence, options)
      updateBytes = bytes
      runs.push(result)
      log(
        `persistence ${persistence}: ${result.editsPerSecond} edits/s delivered (${result.sentPerSecond} sent/s), server ${result.serverCpuPercent}% CPU, ` +
          `${result.serverUsPerEdit} µs/edit; writers ${result.writersCpuPercent}%, receivers ${result.receiversCpuPercent}%, machine ${result.machineBusyPercent}% busy, load ${result.loadAverage1m}`,
      )
    }
  }
  const on = medians(runs.filter((r) => r.persistence === 'on'))
  const off = medians(runs.filter((r) => r.persistence === 'off'))
  return {
    scenario: 'throughput',
    writers: options.writers,
    receivers: options.receivers,
    window: options.window,
    notesPerWriter: options.notesPerWriter,
    warmupSeconds: options.warmupSeconds,
    seconds: options.seconds,
    updateBytes,
    runs,
    on,
    off,
    ratio: off.editsPerSecond > 0 ? round(on.editsPerSecond / off.editsPerSecond, 3) : 0,
    cpuRatio: on.serverUsPerEdit > 0 ? round(off.serverUsPerEdit / on.serverUsPerEdit, 3) : 0,
    appendUpdate,
  }
}
