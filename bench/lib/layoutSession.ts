/**
 * One session of the layout benchmark: one client creates the notes, three clients (three
 * Y.Docs exchanging every update, as through the server) move random notes, and every client
 * must end on exactly the expected board.
 */
import * as Y from 'yjs'
import type { TLNoteShape } from 'tldraw'
import type { Board, Layout } from './layouts'
import { canonicalJson, timed } from './measure'
import { nextPosition, type Position } from './notes'
import { createRng } from './prng'

/** The workload, the same for every layout. */
export const SEED = 0x9a7e_2024
export const NOTES = 5_000
export const MOVES = 15_000
export const CLIENTS = 3

/** Marks updates that arrived from a peer, so a doc does not echo them back. */
const REMOTE = Symbol('remote')

/** What a session produced, for the measurements that follow. */
export interface Session {
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

/** Runs the session of `layout` on `notes`; throws if the clients do not converge on the expected board. */
export function runSession(layout: Layout, notes: readonly TLNoteShape[]): Session {
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

/** Throws unless `read` holds exactly `notes`, each at its `expected` position. */
export function verify(
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
