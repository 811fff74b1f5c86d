/**
 * A client process of the throughput scenario, driven over IPC (throughputProtocol.ts).
 * Writers: stock y-websocket providers (disableBc) that each own a few sticky notes and
 * rewrite them as fast as the pipeline takes them: a closed loop where a counting receiver
 * in the same process sees each edit come back from the server and frees a slot of the
 * window. Receivers: counting receivers (rawReceiver.ts) that only count what arrives.
 */
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { testNote } from '../../server/testing/testNotes'
import { sharedNow } from './procstat'
import type { Target } from './protocol'
import { connectRawReceiver, type RawReceiver } from './rawReceiver'
import { syncedWithin } from './syncedWithin'
import type { CountSnapshot, ReceiversConnect, ThroughputReport, ThroughputRun, WritersConnect } from './throughputProtocol'
import { serveParent } from './workerProcess'

const SYNC_TIMEOUT_MS = 60_000

// Every stock provider adds a process 'exit' listener.
process.setMaxListeners(0)

const providers: WebsocketProvider[] = []
const receivers: RawReceiver[] = []
/** Reads this process's counts: edits sent and delivered (writers) or received per receiver. */
let readCounts: () => number[] = () => []
let startRun: (run: ThroughputRun) => void = () => undefined

function send(message: ThroughputReport): void {
  process.send?.(message)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The note an edit rewrites: writer `writer`'s `slot`-th, moved and relabelled by edit `edit`. */
function editedNote(writer: number, slot: number, edit: number): ReturnType<typeof testNote> {
  // About 60 characters, like a sticky note's label, so an edit's update is ~450 bytes.
  const text = `Working group ${writer}: proposal ${slot}, revision ${edit} for the vote`
  return testNote(writer * 100_000 + slot + 1, (edit * 7) % 2000, text)
}

/** Bytes of one edit's Yjs update (a note rewritten), measured on a scratch document. */
function editUpdateBytes(): number {
  const doc = new Y.Doc()
  recordsMap(doc).set('shape:n1', editedNote(0, 0, 1))
  let bytes = 0
  doc.on('update', (update: Uint8Array) => {
    bytes = update.byteLength
  })
  recordsMap(doc).set('shape:n1', editedNote(0, 0, 123_456))
  return bytes
}

async function connectReceivers(target: Extract<Target, { kind: 'yws' }>, count: number): Promise<{ synced: number; failed: number }> {
  const joined: RawReceiver[] = []
  for (let i = 0; i < count; i++) {
    joined.push(connectRawReceiver(target))
    await pause(3)
  }
  receivers.push(...joined)
  const results = await Promise.all(joined.map((receiver) => receiver.synced))
  const synced = results.filter(Boolean).length
  return { synced, failed: results.length - synced }
}

async function connectWriters(command: WritersConnect): Promise<void> {
  const { target, writers, notesPerWriter, window } = command
  const docs: Y.Doc[] = []
  const syncs: Promise<boolean>[] = []
  for (let w = 0; w < writers; w++) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(target.url, target.room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: target.params,
    })
    provider.awareness.setLocalStateField('user', { id: `writer-${w}`, name: `Writer ${w}`, coop: `Coop ${w}`, color: '#1d4ed8' })
    syncs.push(syncedWithin(SYNC_TIMEOUT_MS, (done) => provider.once('sync', done)))
    providers.push(provider)
    docs.push(doc)
    await pause(3)
  }
  // The pacing receiver: each broadcast edit it sees frees one slot of the window.
  const { synced: trackerSynced } = await connectReceivers(target, 1)
  const tracker = receivers[0]
  const results = await Promise.all(syncs)
  const synced = results.filter(Boolean).length
  if (!tracker || trackerSynced !== 1 || synced !== writers)
    throw new Error(`${synced}/${writers} writers and ${trackerSynced}/1 pacing receiver synced`)

  // Each writer's notes, one transaction each, so the run only rewrites existing records.
  docs.forEach((doc, w) =>
    doc.transact(() => {
      for (let slot = 0; slot < notesPerWriter; slot++) recordsMap(doc).set(`shape:n${w * 100_000 + slot + 1}`, editedNote(w, slot, 0))
    }),
  )
  const deadline = sharedNow() + SYNC_TIMEOUT_MS
  while (tracker.updates() < writers && sharedNow() < deadline) await pause(20)

  let sent = 0
  const base = tracker.updates()
  const delivered = () => tracker.updates() - base
  readCounts = () => [sent, delivered()]
  startRun = (run) => {
    const pump = () => {
      if (sharedNow() >= run.stopAt) return
      while (sent - delivered() < window) {
        const writer = sent % writers
        const slot = Math.floor(sent / writers) % notesPerWriter
        const doc = docs[writer]
        if (!doc) return
        sent++
        recordsMap(doc).set(`shape:n${writer * 100_000 + slot + 1}`, editedNote(writer, slot, sent))
      }
    }
    tracker.onUpdate = pump
    pump()
  }
  send({ type: 'connected', synced, failed: writers - synced, updateBytes: editUpdateBytes() })
}

function at(time: number, fn: () => void): void {
  setTimeout(fn, Math.max(0, time - sharedNow()))
}

function snapshot(): CountSnapshot {
  return { at: sharedNow(), counts: readCounts() }
}

function run(command: ThroughputRun): void {
  let start: CountSnapshot | null = null
  let stop: CountSnapshot | null = null
  startRun(command)
  at(command.measureFrom, () => {
    start = snapshot()
  })
  at(command.stopAt, () => {
    stop = snapshot()
  })
  at(command.reportAt, () => {
    if (!start || !stop) send({ type: 'error', message: 'report before the window closed' })
    else send({ type: 'results', start, stop, final: snapshot() })
  })
}

async function connect(command: ReceiversConnect): Promise<void> {
  const result = await connectReceivers(command.target, command.receivers)
  readCounts = () => receivers.map((receiver) => receiver.updates())
  send({ type: 'connected', ...result, updateBytes: 0 })
}

serveParent<WritersConnect | ReceiversConnect, ThroughputRun>({
  connect: (command) => (command.role === 'writers' ? connectWriters(command) : connect(command)),
  run,
  closeAll: () => {
    for (const provider of providers) provider.destroy()
    for (const receiver of receivers) receiver.close()
  },
})
