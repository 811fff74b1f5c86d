/**
 * The layout benchmark itself (entry point: bench/layout.ts). For each candidate layout:
 * one client creates the notes, three clients (three Y.Docs exchanging every update, as
 * through the server) move random notes, then the final document is measured the way the
 * server and a joining client would use it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { gzipSync } from 'node:zlib'
import * as Y from 'yjs'
import type { TLNoteShape } from 'tldraw'
import {
  layoutKeyValue,
  layoutNestedMap,
  layoutSplitPosition,
  layoutWholeRecord,
  loadYKeyValue,
  type Board,
  type Layout,
  type LayoutKey,
} from './layouts'
import { canonicalJson, mean, median, percentile, settleHeap, timed } from './measure'
import { makeNotes, nextPosition, type Position } from './notes'
import { createRng } from './prng'

const SEED = 0x9a7e_2024
const NOTES = 5_000
const MOVES = 15_000
const CLIENTS = 3
const DECODE_RUNS = 5
const HEAP_RUNS = 3
const JOIN_RUNS = 3
const REPLAY_RUNS = 3

/** Marks updates that arrived from a peer, so a doc does not echo them back. */
const REMOTE = Symbol('remote')

interface Session {
  snapshotBeforeMoves: Uint8Array
  snapshot: Uint8Array
  /** Bytes of local updates emitted per move, summed over all clients (cleanup writes included). */
  moveBytes: number[]
  moveUpdateCount: number
  /** Every local update of the session in emission order: the "raw update log" a naive server keeps. */
  log: Uint8Array[]
  createMs: number
  movesMs: number
  /** Where every note must be at the end: the model the documents are checked against. */
  expected: Map<string, Position>
}

function runSession(layout: Layout, notes: readonly TLNoteShape[]): Session {
  // Same seed for every layout: identical client ids and identical moves.
  const rng = createRng(SEED ^ 0x5eed)
  const docs = Array.from({ length: CLIENTS }, () => {
    const doc = new Y.Doc()
    // Random 32-bit ids like Yjs's own (their varint length matters), but reproducible.
    doc.clientID = rng.int(1, 0xffff_ffff)
    return doc
  })
  const log: Uint8Array[] = []
  let localBytes = 0
  let localUpdates = 0
  docs.forEach((doc, i) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return
      log.push(update)
      localBytes += update.length
      localUpdates++
      docs.forEach((peer, j) => {
        if (j !== i) Y.applyUpdate(peer, update, REMOTE)
      })
    })
  })
  const boards: Board[] = docs.map((doc) => layout.open(doc))
  const creator = boards[0]!

  // Notes are added one at a time (one transaction each), as delegates do.
  const create = timed(() => {
    for (const note of notes) creator.add(note)
  })
  const snapshotBeforeMoves = Y.encodeStateAsUpdate(docs[0]!)

  const expected = new Map<string, Position>(notes.map((n) => [n.id, { x: n.x, y: n.y }]))
  const moveBytes: number[] = []
  const updatesBeforeMoves = localUpdates
  const moves = timed(() => {
    for (let i = 0; i < MOVES; i++) {
      const board = boards[rng.int(0, CLIENTS - 1)]!
      const note = rng.pick(notes)
      const to = nextPosition(rng, expected.get(note.id)!)
      const before = localBytes
      board.move(note.id, to)
      moveBytes.push(localBytes - before)
      expected.set(note.id, to)
    }
  })

  // Every client must have converged on exactly the expected board, or the figures are void.
  for (const board of boards) verify(layout, board.readAll(), notes, expected)
  const snapshot = Y.encodeStateAsUpdate(docs[0]!)
  for (const doc of docs.slice(1)) {
    if (Y.encodeStateAsUpdate(doc).length !== snapshot.length) throw new Error(`${layout.key}: clients diverged`)
  }
  for (const doc of docs) doc.destroy()
  return {
    snapshotBeforeMoves,
    snapshot,
    moveBytes,
    moveUpdateCount: localUpdates - updatesBeforeMoves,
    log,
    createMs: create.ms,
    movesMs: moves.ms,
    expected,
  }
}

function verify(
  layout: Layout,
  read: Map<string, TLNoteShape>,
  notes: readonly TLNoteShape[],
  expected: Map<string, Position>,
): void {
  if (read.size !== notes.length) throw new Error(`${layout.key}: read ${read.size} notes, expected ${notes.length}`)
  for (const note of notes) {
    const position = expected.get(note.id)!
    const got = read.get(note.id)
    if (got === undefined || canonicalJson(got) !== canonicalJson({ ...note, ...position })) {
      throw new Error(`${layout.key}: note ${note.id} does not round-trip`)
    }
  }
}

interface LayoutResult {
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

function measureLayout(layout: Layout, notes: readonly TLNoteShape[]): Measured {
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
function mergeScaling(log: readonly Uint8Array[]): { updates: number; ms: number }[] {
  return [log.length / 4, log.length / 2, log.length].map((count) => {
    const updates = log.slice(0, count)
    settleHeap()
    return { updates: count, ms: timed(() => Y.mergeUpdates(updates)).ms }
  })
}

function packageVersion(name: string): string | null {
  try {
    const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url)
    const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'))
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version
    }
    return null
  } catch {
    return null
  }
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(0)} kB`
const MB = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`
const ms = (value: number): string => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`)

interface Reference {
  recordJsonBytes: { mean: number; min: number; max: number }
  /** The final board as one plain JSON array: what any layout has to carry at least. */
  finalBoardJsonBytes: number
  finalBoardJsonGzipBytes: number
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

function markdown(
  results: readonly LayoutResult[],
  reference: Reference,
  merge: { layout: string; runs: { updates: number; ms: number }[] } | null,
): string {
  const lines = [
    `${NOTES.toLocaleString('en')} tldraw 5.4.2 note records (mean ${reference.recordJsonBytes.mean.toFixed(0)} B of JSON each), ` +
      `${MOVES.toLocaleString('en')} moves by ${CLIENTS} clients; seed 0x${SEED.toString(16)}; 1 kB = 1000 B.`,
    '',
    row(['layout', 'bytes per move (mean / p95)', 'snapshot before moves', 'snapshot after moves', 'growth', 'gzip', 'decode (median of 5)', 'cold join: decode + read all (median of 3)', 'heap of decoded doc', 'session time per move (mover + 2 peers)']),
    row(Array.from({ length: 10 }, () => '---')),
    ...results.map((r) =>
      row([
        r.name,
        `${r.bytesPerMove.mean.toFixed(0)} B / ${r.bytesPerMove.p95} B`,
        MB(r.snapshotBeforeMovesBytes),
        MB(r.snapshotBytes),
        `×${r.snapshotGrowth.toFixed(2)}`,
        kB(r.snapshotGzipBytes),
        ms(r.decodeMsMedian),
        ms(r.joinMsMedian),
        r.heapBytes === null ? 'n/a (no --expose-gc)' : MB(r.heapBytes),
        ms(r.sessionMsPerMove),
      ]),
    ),
    '',
    `Reference: the final board as plain JSON is ${MB(reference.finalBoardJsonBytes)}, ` +
      `${kB(reference.finalBoardJsonGzipBytes)} gzipped. Snapshot in update format v2, gzipped: ` +
      results.map((r) => `${r.key} ${kB(r.snapshotV2GzipBytes)}`).join(', ') +
      '.',
    '',
    'Loading the raw update log (every update of the session, applied one by one) versus one compacted snapshot:',
    '',
    row(['layout', 'raw log', 'apply one by one (median of 3)', 'apply snapshot (median of 5)']),
    row(Array.from({ length: 4 }, () => '---')),
    ...results.map((r) =>
      row([
        r.name,
        `${r.rawLog.updates.toLocaleString('en')} updates, ${MB(r.rawLog.bytes)}`,
        ms(r.rawLog.applyOneByOneMs),
        ms(r.rawLog.applySnapshotMs),
      ]),
    ),
  ]
  if (merge !== null) {
    lines.push(
      '',
      `Y.mergeUpdates over the first N updates of layout ${merge.layout}'s log: ` +
        merge.runs.map((m) => `${m.updates.toLocaleString('en')} → ${ms(m.ms)}`).join(', ') +
        '.',
    )
  }
  return lines.join('\n')
}

function selectedLayouts(): Set<LayoutKey> {
  // `--layouts=A,C` runs a subset, e.g. to skip D's slow session while iterating.
  const arg = process.argv.find((a) => a.startsWith('--layouts='))
  const all: LayoutKey[] = ['A', 'B', 'C', 'D']
  if (arg === undefined) return new Set(all)
  const wanted = arg.slice('--layouts='.length).toUpperCase().split(',')
  return new Set(all.filter((key) => wanted.includes(key)))
}

/** The layout whose raw log gets the Y.mergeUpdates scaling check (the recommended one). */
const MERGE_LAYOUT: LayoutKey = 'C'

export async function runLayoutBenchmark(): Promise<void> {
  const started = performance.now()
  const { notes } = makeNotes(createRng(SEED), NOTES)
  const recordBytes = notes.map((n) => Buffer.byteLength(JSON.stringify(n)))

  const wanted = selectedLayouts()
  const layouts: Layout[] = [layoutWholeRecord, layoutNestedMap, layoutSplitPosition]
  if (wanted.has('D')) {
    const YKeyValue = await loadYKeyValue()
    if (YKeyValue === null) {
      console.error('y-utility is not installed, skipping layout D (npm install --no-save y-utility)')
    } else {
      layouts.push(layoutKeyValue(YKeyValue))
    }
  }

  const results: LayoutResult[] = []
  let merge: { layout: string; runs: { updates: number; ms: number }[] } | null = null
  let finalBoard: Map<string, Position> | null = null
  for (const layout of layouts.filter((l) => wanted.has(l.key))) {
    const layoutStart = performance.now()
    const { result, log, expected } = measureLayout(layout, notes)
    results.push(result)
    if (layout.key === MERGE_LAYOUT) merge = { layout: layout.key, runs: mergeScaling(log) }
    console.error(`${layout.name}: measured in ${((performance.now() - layoutStart) / 1000).toFixed(1)} s`)
    finalBoard ??= expected
  }

  const finalJson = Buffer.from(
    JSON.stringify(notes.map((n) => ({ ...n, ...(finalBoard?.get(n.id) ?? {}) }))),
  )
  const reference: Reference = {
    recordJsonBytes: { mean: mean(recordBytes), min: Math.min(...recordBytes), max: Math.max(...recordBytes) },
    finalBoardJsonBytes: finalJson.length,
    finalBoardJsonGzipBytes: gzipSync(finalJson).length,
  }

  console.log(markdown(results, reference, merge))

  const report = {
    command: 'npx tsx bench/layout.ts',
    environment: {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      yjs: packageVersion('yjs'),
      tldraw: packageVersion('tldraw'),
      'y-utility': packageVersion('y-utility'),
      heapMeasured: globalThis.gc !== undefined,
    },
    workload: { seed: SEED, notes: NOTES, moves: MOVES, clients: CLIENTS },
    reference,
    results,
    mergeUpdatesScaling: merge,
    totalSeconds: (performance.now() - started) / 1000,
  }
  const dir = new URL('../results/', import.meta.url)
  mkdirSync(dir, { recursive: true })
  writeFileSync(new URL('layout.json', dir), JSON.stringify(report, null, 2) + '\n')
  console.error(`wrote bench/results/layout.json in ${report.totalSeconds.toFixed(1)} s total`)
}
