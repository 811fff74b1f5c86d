/**
 * The random scenario behind the convergence tests: several stores, each bound to its own
 * Y.Doc, edited like delegates would while the simulated network delays, reorders and drops.
 */
import * as prng from 'lib0/prng'
import { createShapeId, createTLStore, toRichText, type TLNoteShape, type TLStore } from 'tldraw'
import * as Y from 'yjs'
import { bindStoreToDoc } from '../bind'
import type { RejectedRecord } from '../types'
import { SimulatedNetwork } from './network'
import { initialDocumentRecords, makeNote } from './records'

/** One browser: its store, its document and what its binding rejected. */
export interface Peer {
  store: TLStore
  doc: Y.Doc
  unbind: () => void
  rejected: RejectedRecord[]
}

const cleanups: (() => void)[] = []

/** Unbinds and destroys everything the scenarios of a test created. */
export function disposeScenarios(): void {
  for (const cleanup of cleanups.splice(0)) cleanup()
}

/** Lets queued microtasks (the binding's batches) and timers (tldraw's frames) run. */
export async function settle(): Promise<void> {
  await sleep(0)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Registers cleanup work to run at {@link disposeScenarios}. */
export function onDispose(cleanup: () => void): void {
  cleanups.push(cleanup)
}

/** A store bound to a document, both disposed at {@link disposeScenarios}. */
export function createPeer(doc = new Y.Doc(), store = createTLStore()): Peer {
  const rejected: RejectedRecord[] = []
  const unbind = bindStoreToDoc(store, doc, { onRejectedRecord: (r) => rejected.push(r) })
  cleanups.push(() => {
    unbind()
    doc.destroy()
    store.dispose()
  })
  return { store, doc, unbind, rejected }
}

/** The notes in a store. */
export function notesOf(store: TLStore): TLNoteShape[] {
  return store.allRecords().filter((r): r is TLNoteShape => r.typeName === 'shape' && r.type === 'note')
}

/** One thing a delegate might do to their own board, picked at random. */
function randomEdit(gen: prng.PRNG, peer: Peer, counter: { next: number }): void {
  const notes = notesOf(peer.store)
  const action = notes.length === 0 ? 0 : prng.int32(gen, 0, 9)
  if (action <= 2) {
    const id = createShapeId(`n${counter.next++}`)
    peer.store.put([makeNote({ id, x: prng.int32(gen, 0, 2000), y: prng.int32(gen, 0, 2000), text: prng.word(gen) })])
    return
  }
  const note = notes[prng.int32(gen, 0, notes.length - 1)] as TLNoteShape
  if (action <= 5) {
    peer.store.put([{ ...note, x: note.x + prng.int32(gen, -50, 50), y: note.y + prng.int32(gen, -50, 50) }])
  } else if (action <= 8) {
    peer.store.put([{ ...note, props: { ...note.props, richText: toRichText(prng.word(gen, 1, 12)) } }])
  } else {
    peer.store.remove([note.id])
  }
}

/** Runs `steps` random steps among `peerCount` peers, then reconnects everyone and delivers everything. */
export async function runScenario(seed: number, peerCount: number, steps: number): Promise<Peer[]> {
  const gen = prng.create(seed)
  const peers = Array.from({ length: peerCount }, () => createPeer())
  const network = new SimulatedNetwork(
    peers.map((p) => p.doc),
    gen,
  )
  cleanups.push(() => network.destroy())
  // One peer opens the board first; its editor would create the document and first page.
  peers[0]?.store.put(initialDocumentRecords())
  const counter = { next: 0 }

  for (let step = 0; step < steps; step++) {
    const roll = prng.real53(gen)
    const index = prng.int32(gen, 0, peerCount - 1)
    const peer = peers[index] as Peer
    if (roll < 0.45) randomEdit(gen, peer, counter)
    else if (roll < 0.85) for (let i = prng.int32(gen, 1, 5); i > 0; i--) network.deliverOne()
    else if (roll < 0.93) {
      if (network.isOnline(index)) network.disconnect(index)
      else network.reconnect(index)
    }
    // Sometimes several messages and edits pile up before the batches run.
    if (prng.bool(gen)) await settle()
  }

  peers.forEach((_p, i) => {
    if (!network.isOnline(i)) network.reconnect(i)
  })
  // Long enough for tldraw's frame-delayed history to reach the docs, then until quiet.
  for (;;) {
    while (network.deliverOne()) await settle()
    await sleep(30)
    if (network.pending === 0) return peers
  }
}
