/**
 * Scenarios (a) fan-out and (b) live meeting, with (d)'s figures measured around them: N
 * clients in one room, one of them writing 10 sticky-note edits per second (~450 bytes each);
 * in the live meeting every client also moves its cursor 10 times per second, publishing a
 * presence state shaped like Plenary's browsers' (tldraw's instance presence, ~500 bytes of
 * JSON) while its screen shows its coop's corner (30 corners, see clientWorker.ts).
 * Edit latency is from the writer's edit to each receiver's document holding it, on the
 * shared clock; an (edit, receiver) pair not delivered within 2 s counts as undelivered.
 * Cursor latency is taken over the cursors a receiver can see: those on its own screen.
 */
import { maximum, percentile } from '../lib/measure'
import { busyPercent, machineTicks, processCpuSeconds, processRssBytes, sharedNow, type MachineTicks } from '../lib/procstat'
import type { ResultsReport } from '../lib/protocol'
import { startBenchServer, type ServerKind } from '../lib/servers'
import { startWorkers } from '../lib/workers'

/** One fan-out run's settings. */
export interface FanoutSettings {
  server: ServerKind
  clients: number
  cursorHz: number
  editHz: number
  warmupSeconds: number
  seconds: number
  workers: number
  /** Extra environment for Plenary (e.g. to turn an optimisation off for a before/after). */
  env?: Record<string, string>
}

/** What one fan-out run measured. */
export interface FanoutResult {
  scenario: 'fanout' | 'live'
  server: ServerKind
  clients: number
  cursorHz: number
  seconds: number
  synced: number
  edits: number
  pairs: number
  undelivered: number
  editP50: number | null
  editP99: number | null
  editMax: number | null
  cursorP50: number | null
  cursorP99: number | null
  /** Cursor states each receiver got per second, against what was sent to it. */
  cursorStatesPerClientSecond: number
  cursorStatesSentPerClientSecond: number
  disconnects: number
  serverCpuPercent: number | null
  serverCpuMicrosPerDelivery: number | null
  /** CPU the client processes used, in % of one core: what the presence the server sends costs the receivers. */
  clientsCpuPercent: number | null
  machineBusyPercent: number
  serverRssIdleMB: number | null
  serverKBPerConnection: number | null
  env?: Record<string, string>
}

const DELIVERY_DEADLINE_MS = Number(process.env.BENCH_DEADLINE_MS ?? 2000)

function histogramPercentile(histogram: Map<number, number>, p: number): number | null {
  let total = 0
  for (const count of histogram.values()) total += count
  if (total === 0) return null
  const rank = Math.ceil((p / 100) * total)
  let seen = 0
  for (const bucket of Array.from(histogram.keys()).sort((a, b) => a - b)) {
    seen += histogram.get(bucket) ?? 0
    if (seen >= rank) return bucket + 1
  }
  return null
}

const round = (value: number | null, digits = 1): number | null => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits)

/** Runs one fan-out or live-meeting measurement against a fresh server process. */
export async function runFanout(settings: FanoutSettings): Promise<FanoutResult> {
  const server = await startBenchServer(settings.server, settings.env)
  try {
    const target = await server.newRoom(`fanout ${settings.clients}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const rssBefore = processRssBytes(server.pid)
    const pool = startWorkers({
      target,
      clients: settings.clients,
      workers: settings.workers,
      cursorHz: settings.cursorHz,
      editHz: settings.editHz,
    })
    try {
      const { synced } = await pool.connect()
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const rssConnected = processRssBytes(server.pid)
      const startAt = sharedNow() + 300
      const measureFrom = startAt + settings.warmupSeconds * 1000
      const stopAt = measureFrom + settings.seconds * 1000
      const reportAt = stopAt + DELIVERY_DEADLINE_MS + 300
      let cpuFrom: number | null = null
      let machineFrom: MachineTicks | null = null
      let cpuTo: number | null = null
      let machineTo: MachineTicks | null = null
      let clientsFrom: number | null = null
      let clientsTo: number | null = null
      const clientsCpu = (): number | null => {
        let sum = 0
        for (const pid of pool.pids) {
          const seconds = processCpuSeconds(pid)
          if (seconds === null) return null
          sum += seconds
        }
        return sum
      }
      setTimeout(() => {
        cpuFrom = processCpuSeconds(server.pid)
        clientsFrom = clientsCpu()
        machineFrom = machineTicks()
      }, measureFrom - sharedNow())
      setTimeout(() => {
        cpuTo = processCpuSeconds(server.pid)
        clientsTo = clientsCpu()
        machineTo = machineTicks()
      }, stopAt - sharedNow())
      const reports = await pool.run({ startAt, measureFrom, stopAt, reportAt })
      const result = summarise(settings, reports, { measureFrom, stopAt, synced })
      const cpu = cpuFrom !== null && cpuTo !== null ? cpuTo - cpuFrom : null
      const deliveries = result.pairs - result.undelivered + result.cursorStatesPerClientSecond * (settings.clients - 1) * settings.seconds
      result.serverCpuPercent = round(cpu === null ? null : (100 * cpu) / settings.seconds)
      result.serverCpuMicrosPerDelivery = round(cpu === null || deliveries === 0 ? null : (cpu * 1e6) / deliveries, 2)
      result.clientsCpuPercent = round(
        clientsFrom !== null && clientsTo !== null ? (100 * (clientsTo - clientsFrom)) / settings.seconds : null,
      )
      result.machineBusyPercent = machineFrom && machineTo ? Math.round(busyPercent(machineFrom, machineTo)) : 0
      result.serverRssIdleMB = round(rssConnected === null ? null : rssConnected / 2 ** 20)
      result.serverKBPerConnection = round(
        rssBefore === null || rssConnected === null ? null : (rssConnected - rssBefore) / 1024 / settings.clients,
      )
      return result
    } finally {
      await pool.close()
    }
  } finally {
    await server.stop()
  }
}

function summarise(
  settings: FanoutSettings,
  reports: ResultsReport[],
  window: { measureFrom: number; stopAt: number; synced: number },
): FanoutResult {
  const sentAt = new Map<number, number>()
  for (const report of reports) {
    for (const [edit, at] of report.sent) if (at >= window.measureFrom && at < window.stopAt) sentAt.set(edit, at)
  }
  const latencies: number[] = []
  let undelivered = 0
  let pairs = 0
  for (const report of reports) {
    for (const receipts of report.received) {
      const firstArrival = new Map<number, number>()
      for (const [edit, at] of receipts) if (!firstArrival.has(edit)) firstArrival.set(edit, at)
      for (const [edit, sent] of sentAt) {
        pairs++
        const arrived = firstArrival.get(edit)
        if (arrived === undefined || arrived - sent > DELIVERY_DEADLINE_MS) undelivered++
        else latencies.push(arrived - sent)
      }
    }
  }
  const histogram = new Map<number, number>()
  let cursorStates = 0
  let disconnects = 0
  for (const report of reports) {
    for (const [bucket, count] of report.cursorLatency) histogram.set(bucket, (histogram.get(bucket) ?? 0) + count)
    cursorStates += report.cursorStates
    disconnects += report.disconnects
  }
  const receivers = Math.max(1, settings.clients - 1)
  return {
    scenario: settings.cursorHz > 0 ? 'live' : 'fanout',
    server: settings.server,
    clients: settings.clients,
    cursorHz: settings.cursorHz,
    seconds: settings.seconds,
    synced: window.synced,
    edits: sentAt.size,
    pairs,
    undelivered,
    editP50: round(latencies.length ? percentile(latencies, 50) : null),
    editP99: round(latencies.length ? percentile(latencies, 99) : null),
    editMax: round(latencies.length ? maximum(latencies) : null),
    cursorP50: histogramPercentile(histogram, 50),
    cursorP99: histogramPercentile(histogram, 99),
    cursorStatesPerClientSecond: round(cursorStates / receivers / settings.seconds) ?? 0,
    cursorStatesSentPerClientSecond: settings.cursorHz * (settings.clients - 1),
    disconnects,
    serverCpuPercent: null,
    serverCpuMicrosPerDelivery: null,
    clientsCpuPercent: null,
    machineBusyPercent: 0,
    serverRssIdleMB: null,
    serverKBPerConnection: null,
    ...(settings.env ? { env: settings.env } : {}),
  }
}
