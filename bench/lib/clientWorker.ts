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
import type { ConnectCommand, ResultsReport, RunCommand, Target, WorkerMessage } from './protocol'
import { syncedWithin } from './syncedWithin'
import { serveParent } from './workerProcess'

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
/** The assembly in its corners phase: 30 coops' corners on a 6 × 5 grid, each delegate's screen on their own coop's corner. */
const COOPS = 30
const CORNER_COLUMNS = 6
const CORNER_W = 1600
const CORNER_H = 1000
const VIEW_W = 1440
const VIEW_H = 900

/** The page area client `index`'s screen shows: its coop's corner. */
function viewOf(index: number): { x: number; y: number } {
  const coop = index % COOPS
  return { x: (coop % CORNER_COLUMNS) * CORNER_W, y: Math.floor(coop / CORNER_COLUMNS) * CORNER_H }
}

/** A presence state shaped like the one Plenary's browsers publish (tldraw's instance presence). */
function benchPresence(index: number, view: { x: number; y: number }, cursor: { x: number; y: number }, now: number): unknown {
  return {
    id: `instance_presence:bench-${index}`,
    typeName: 'instance_presence',
    userId: `user:bench-${index}`,
    userName: `Delegate ${index}`,
    lastActivityTimestamp: now,
    color: '#1d4ed8',
    camera: { x: -view.x, y: -view.y, z: 1 },
    selectedShapeIds: [],
    currentPageId: 'page:page',
    brush: null,
    scribbles: [],
    screenBounds: { x: 0, y: 0, w: VIEW_W, h: VIEW_H },
    followingUserId: null,
    cursor: { ...cursor, type: 'default', rotation: 0 },
    chatMessage: '',
    meta: {},
  }
}

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
    synced = syncedWithin(SYNC_TIMEOUT_MS, (done) =>
      provider.on('sync', (isSynced: boolean) => {
        if (!isSynced || wasSynced) return
        wasSynced = true
        done()
      }),
    )
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
    synced = syncedWithin(SYNC_TIMEOUT_MS, (done) =>
      provider.on('synced', () => {
        if (wasSynced) return
        wasSynced = true
        done()
      }),
    )
    provider.on('disconnect', () => {
      if (wasSynced) disconnects++
    })
    destroy = () => provider.destroy()
  }
  awareness.setLocalStateField('user', { id: `bench-${index}`, name: `Delegate ${index}`, coop: `Coop ${index % COOPS}`, color: '#1d4ed8' })
  recordsMap(doc).observe((event) => {
    const now = sharedNow()
    for (const key of event.keysChanged) {
      if (key.startsWith(EDIT_KEY_PREFIX)) received.push([Number(key.slice(EDIT_KEY_PREFIX.length)), now])
    }
  })
  const view = viewOf(index)
  awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    if (origin === 'local') return
    const now = sharedNow()
    const states = awareness.getStates()
    for (const id of added.concat(updated)) {
      if (id === awareness.clientID) continue
      const presence = (
        states.get(id) as { presence?: { cursor?: { x?: unknown; y?: unknown }; lastActivityTimestamp?: unknown } } | undefined
      )?.presence
      const t = presence?.lastActivityTimestamp
      if (typeof t !== 'number' || t < measureFrom || t >= stopAt) continue
      cursorStates++
      // Latency is what people see: cursors on this client's screen.
      const x = presence?.cursor?.x
      const y = presence?.cursor?.y
      if (typeof x !== 'number' || typeof y !== 'number' || x < view.x || x > view.x + VIEW_W || y < view.y || y > view.y + VIEW_H) continue
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
      const phase = (((client.index * 7919) % 1000) / 1000) * period
      let moves = 0
      const view = viewOf(client.index)
      const move = () => {
        const now = sharedNow()
        if (now >= run.stopAt) return
        moves++
        const cursor = { x: view.x + ((position * 37 + moves * 11) % VIEW_W), y: view.y + ((moves * 13) % VIEW_H) }
        client.awareness.setLocalStateField('presence', benchPresence(client.index, view, cursor, now))
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

serveParent<ConnectCommand, RunCommand>({
  connect: connectAll,
  run,
  closeAll: () => {
    for (const client of clients) client.destroy()
  },
})
