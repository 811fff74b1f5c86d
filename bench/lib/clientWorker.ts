/**
 * A benchmark worker process: hosts a share of the headless clients (stock y-websocket
 * provider with `disableBc`, or Hocuspocus's own provider), makes the writer's edits and the
 * cursor moves, and records when each edit and cursor state arrives on the shared clock.
 * Driven by the parent over IPC (see protocol.ts); started by workers.ts.
 */
import { HocuspocusProvider } from '@hocuspocus/provider'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { testNote } from '../../server/testing/testNotes'
import { sharedNow } from './procstat'
import type { ConnectCommand, ParentMessage, ResultsReport, RunCommand, Target, WorkerMessage } from './protocol'

/** One connected client, whatever its provider. */
interface BenchClient {
  index: number
  doc: Y.Doc
  awareness: Awareness
  synced: Promise<boolean>
  received: [number, number][]
  destroy(): void
}

const SYNC_TIMEOUT_MS = 120_000
/** Record keys of the writer's edits: `shape:n<edit number>`. */
const EDIT_KEY_PREFIX = 'shape:n'
const MAX_LATENCY_BUCKET = 60_000

// Every stock provider adds a process 'exit' listener.
process.setMaxListeners(0)

const clients: BenchClient[] = []
let command: ConnectCommand | null = null
let disconnects = 0
let measureFrom = Number.POSITIVE_INFINITY
let stopAt = Number.POSITIVE_INFINITY
const cursorHistogram = new Map<number, number>()
let cursorStates = 0
const sent: [number, number][] = []

function send(message: WorkerMessage): void {
  process.send?.(message)
}

function connectClient(target: Target, index: number): BenchClient {
  const doc = new Y.Doc()
  const received: [number, number][] = []
  let awareness: Awareness
  let synced: Promise<boolean>
  let destroy: () => void
  let wasSynced = false
  if (target.kind === 'yws') {
    const provider = new WebsocketProvider(target.url, target.room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: target.params,
    })
    awareness = provider.awareness
    synced = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), SYNC_TIMEOUT_MS)
      provider.on('sync', (isSynced: boolean) => {
        if (!isSynced || wasSynced) return
        wasSynced = true
        clearTimeout(timer)
        resolve(true)
      })
    })
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected' && wasSynced) disconnects++
    })
    destroy = () => provider.destroy()
  } else {
    // Node 20 has no global WebSocket; the provider passes the polyfill on to its socket
    // (not in its declared configuration type, hence the variable).
    const configuration = { url: target.url, name: target.room, document: doc, WebSocketPolyfill: WebSocket }
    const provider = new HocuspocusProvider(configuration)
    const providerAwareness = provider.awareness
    if (!providerAwareness) throw new Error('Hocuspocus provider without awareness')
    awareness = providerAwareness
    synced = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), SYNC_TIMEOUT_MS)
      provider.on('synced', () => {
        if (wasSynced) return
        wasSynced = true
        clearTimeout(timer)
        resolve(true)
      })
    })
    provider.on('disconnect', () => {
      if (wasSynced) disconnects++
    })
    destroy = () => provider.destroy()
  }
  awareness.setLocalStateField('user', { id: `bench-${index}`, name: `Delegate ${index}`, coop: `Coop ${index % 30}`, color: '#1d4ed8' })
  recordsMap(doc).observe((event) => {
    const now = sharedNow()
    for (const key of event.keysChanged) {
      if (key.startsWith(EDIT_KEY_PREFIX)) received.push([Number(key.slice(EDIT_KEY_PREFIX.length)), now])
    }
  })
  awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    if (origin === 'local') return
    const now = sharedNow()
    const states = awareness.getStates()
    for (const id of added.concat(updated)) {
      if (id === awareness.clientID) continue
      const cursor = (states.get(id) as { cursor?: { t?: unknown } } | undefined)?.cursor
      const t = cursor?.t
      if (typeof t !== 'number' || t < measureFrom || t >= stopAt) continue
      cursorStates++
      const bucket = Math.min(MAX_LATENCY_BUCKET, Math.max(0, Math.floor(now - t)))
      cursorHistogram.set(bucket, (cursorHistogram.get(bucket) ?? 0) + 1)
    }
  })
  return { index, doc, awareness, synced, received, destroy }
}

async function connectAll(next: ConnectCommand): Promise<void> {
  command = next
  for (const index of next.indexes) {
    clients.push(connectClient(next.target, index))
    // A short gap: hundreds of simultaneous upgrades would measure the accept queue instead.
    await new Promise((resolve) => setTimeout(resolve, 3))
  }
  const results = await Promise.all(clients.map((client) => client.synced))
  const syncedCount = results.filter(Boolean).length
  await settle()
  send({ type: 'connected', synced: syncedCount, failed: results.length - syncedCount })
}

/**
 * Waits until this process keeps up again: every join makes each stock client receive (and
 * echo) the newcomer's presence, so hundreds of joins leave a backlog that would otherwise be
 * measured as the run's latency. Done when five 100 ms sleeps in a row overrun by < 30 ms.
 */
async function settle(limitMs = 60_000): Promise<void> {
  const deadline = sharedNow() + limitMs
  let calm = 0
  while (calm < 5 && sharedNow() < deadline) {
    const before = sharedNow()
    await new Promise((resolve) => setTimeout(resolve, 100))
    calm = sharedNow() - before < 130 ? calm + 1 : 0
  }
}

function at(time: number, fn: () => void): void {
  setTimeout(fn, Math.max(0, time - sharedNow()))
}

function run(run: RunCommand): void {
  if (!command) throw new Error('run before connect')
  const { editHz, cursorHz } = command
  measureFrom = run.measureFrom
  stopAt = run.stopAt
  const writer = clients.find((client) => client.index === 0)
  if (writer && editHz > 0) {
    const period = 1000 / editHz
    let edit = 0
    const nextEdit = () => {
      const now = sharedNow()
      if (now >= run.stopAt) return
      edit++
      sent.push([edit, now])
      recordsMap(writer.doc).set(`${EDIT_KEY_PREFIX}${edit}`, testNote(edit))
      at(run.startAt + edit * period, nextEdit)
    }
    at(run.startAt, nextEdit)
  }
  if (cursorHz > 0) {
    const period = 1000 / cursorHz
    clients.forEach((client, position) => {
      // Spread the clients' phases over the period, like people who do not move in step.
      const phase = ((client.index * 7919) % 1000) / 1000 * period
      let moves = 0
      const move = () => {
        const now = sharedNow()
        if (now >= run.stopAt) return
        moves++
        client.awareness.setLocalStateField('cursor', { x: (position * 37 + moves) % 2000, y: (moves * 13) % 1200, t: now })
        at(run.startAt + phase + moves * period, move)
      }
      at(run.startAt + phase, move)
    })
  }
  at(run.reportAt, () => {
    const report: ResultsReport = {
      type: 'results',
      sent,
      received: clients.filter((client) => client.index !== 0).map((client) => client.received),
      cursorLatency: Array.from(cursorHistogram.entries()),
      cursorStates,
      disconnects,
    }
    send(report)
  })
}

process.on('message', (message: ParentMessage) => {
  const handle = async () => {
    switch (message.type) {
      case 'connect':
        await connectAll(message)
        return
      case 'run':
        run(message)
        return
      case 'close':
        // A socket still connecting errors when destroyed; the process is exiting anyway.
        process.on('uncaughtException', () => undefined)
        for (const client of clients) client.destroy()
        setTimeout(() => process.exit(0), 200)
        return
    }
  }
  handle().catch((error: unknown) => send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) }))
})
