/**
 * The layout benchmark's measurements of one layout: its session's update sizes, then its final
 * document measured the way the server and a joining client would use it.
 */
import { gzipSync } from 'node:zlib'
import * as Y from 'yjs'
import type { TLNoteShape } from 'tldraw'
import type { Layout, LayoutKey } from './layouts'
import { mean, median, percentile, settleHeap, timed } from './measure'
import type { Position } from './notes'
import { MOVES, runSession, verify } from './layoutSession'

const DECODE_RUNS = 5
const HEAP_RUNS = 3
const JOIN_RUNS = 3
const REPLAY_RUNS = 3

/** The figures of one layout, as printed and written to bench/results/layout.json. */
export interface LayoutResult {
  key: LayoutKey
  name: string
  bytesPerMove: { mean: number; median: number; p95: number; max: number }
  /** Local updates per move; above 1 would mean peers wrote cleanup updates too. */
  updatesPerMove: number
  /** Wall time of the session per move: the mover's write plus both peers applying it (one thread). */
  sessionMsPerMove: number
  snapshotBeforeMovesBytes: number
  snapshotBytes: number
  snapshotGrowth: number
  snapshotGzipBytes: number
  /** Update format v2 (what a server may store; y-websocket's sync still sends v1). */
  snapshotV2Bytes: number
  snapshotV2GzipBytes: number
  decodeMsMedian: number
  /** Decode plus reading every record back, what a client does on a cold join. */
  joinMsMedian: number
  heapBytes: number | null
  sessionMs: { create: number; moves: number }
  rawLog: {
    updates: number
    bytes: number
    applyOneByOneMs: number
    applySnapshotMs: number
  }
}

/** Y.mergeUpdates times over growing prefixes of one layout's raw log. */
export interface MergeScaling {
  layout: string
  runs: { updates: number; ms: number }[]
}

/** Keeps decoded docs reachable while their heap is measured, and lets us drop them after. */
const keepAlive: Y.Doc[] = []

function decode(snapshot: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, snapshot)
  return doc
}

/*
 * The helpers below each decode in their own stack frame on purpose: V8 keeps a dead local's
 * value in an interpreter register until it is overwritten, so a doc decoded in a loop of the
 * caller stays reachable and would be charged to (or freed during) the next heap measurement.
 */

/*
 * Every timed run starts warm (one discarded run first) and on a collected heap, so a major GC
 * owed to earlier garbage (the session, the previous run) is not billed to the run being timed.
 */

function decodeTimes(snapshot: Uint8Array, runs: number): number[] {
  decode(snapshot).destroy()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    settleHeap()
    const run = timed(() => decode(snapshot))
    times.push(run.ms)
    run.value.destroy()
  }
  return times
}

function joinTimes(layout: Layout, snapshot: Uint8Array, runs: number, check: (read: Map<string, TLNoteShape>) => void): number[] {
  const times: number[] = []
  for (let i = -1; i < runs; i++) {
    settleHeap()
    const doc = new Y.Doc()
    const join = timed(() => {
      Y.applyUpdate(doc, snapshot)
      return layout.open(doc).readAll()
    })
    if (i >= 0) times.push(join.ms)
    check(join.value)
    doc.destroy()
  }
  return times
}

/** Server-side memory of a room: the decoded Y.Doc alone (the server opens no layout adapter). */
function heapOfDecodedDoc(snapshot: Uint8Array): number {
  const before = settleHeap()
  keepAlive.push(decode(snapshot))
  const after = settleHeap()
  for (const doc of keepAlive.splice(0)) doc.destroy()
  return after - before
}

function replayMs(log: readonly Uint8Array[], expectedLength: number): number {
  settleHeap()
  const doc = new Y.Doc()
  const run = timed(() => {
    for (const update of log) Y.applyUpdate(doc, update)
  })
  if (Y.encodeStateAsUpdate(doc).length !== expectedLength) throw new Error('replayed log differs from the snapshot')
  doc.destroy()
  return run.ms
}

interface Measured {
  result: LayoutResult
  log: Uint8Array[]
  /** Final positions; the same for every layout since moves come from the same seed. */
  expected: Map<string, Position>
}

/** Runs the session of `layout` and measures what it left. */
export function measureLayout(layout: Layout, notes: readonly TLNoteShape[]): Measured {
  const session = runSession(layout, notes)
  const { snapshot } = session
  const snapshotV2 = Y.convertUpdateFormatV1ToV2(snapshot)
  // The session's three docs are gone; collect them so they do not distort what follows.
  settleHeap()

  const decodeRuns = decodeTimes(snapshot, DECODE_RUNS)
  // A cold join must yield exactly the board the clients ended with.
  const joinRuns = joinTimes(layout, snapshot, JOIN_RUNS, (read) => verify(layout, read, notes, session.expected))
  let heapBytes: number | null = null
  if (globalThis.gc !== undefined) {
    heapBytes = median(Array.from({ length: HEAP_RUNS }, () => heapOfDecodedDoc(snapshot)))
  }

  const result: LayoutResult = {
    key: layout.key,
    name: layout.name,
    bytesPerMove: {
      mean: mean(session.moveBytes),
      median: median(session.moveBytes),
      p95: percentile(session.moveBytes, 95),
      max: Math.max(...session.moveBytes),
    },
    updatesPerMove: session.moveUpdateCount / MOVES,
    sessionMsPerMove: session.movesMs / MOVES,
    snapshotBeforeMovesBytes: session.snapshotBeforeMoves.length,
    snapshotBytes: snapshot.length,
    snapshotGrowth: snapshot.length / session.snapshotBeforeMoves.length,
    snapshotGzipBytes: gzipSync(snapshot).length,
    snapshotV2Bytes: snapshotV2.length,
    snapshotV2GzipBytes: gzipSync(snapshotV2).length,
    decodeMsMedian: median(decodeRuns),
    joinMsMedian: median(joinRuns),
    heapBytes,
    sessionMs: { create: session.createMs, moves: session.movesMs },
    rawLog: {
      updates: session.log.length,
      bytes: session.log.reduce((sum, u) => sum + u.length, 0),
      applyOneByOneMs: median(Array.from({ length: REPLAY_RUNS }, () => replayMs(session.log, snapshot.length))),
      applySnapshotMs: median(decodeRuns),
    },
  }
  return { result, log: session.log, expected: session.expected }
}

/**
 * Y.mergeUpdates over growing prefixes of one raw log, to see how merging the whole log on
 * load scales. Run on one layout only: at 20,000 updates it takes several seconds.
 */
export function mergeScaling(log: readonly Uint8Array[]): { updates: number; ms: number }[] {
  return [log.length / 4, log.length / 2, log.length].map((count) => {
    const updates = log.slice(0, count)
    settleHeap()
    return { updates: count, ms: timed(() => Y.mergeUpdates(updates)).ms }
  })
}
