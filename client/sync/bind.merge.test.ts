/**
 * Edits that merge (document layout 2): peers change different properties of the same notes
 * at the same time, online and offline, with messages delayed, reordered and dropped until
 * reconnection. Every change must survive in every browser: each peer owns one kind of change
 * (position and parent, text, colour and size, meta), so the last value each owner wrote is
 * what every peer must end with. A second run lets every peer change every property: then
 * only convergence is required, as for any CRDT.
 */
import * as prng from 'lib0/prng'
import { createShapeId, toRichText, type TLDefaultColorStyle, type TLDefaultSizeStyle, type TLNoteShape, type TLShapeId } from 'tldraw'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { SimulatedNetwork } from './testing/network'
import { documentState, initialDocumentRecords, makeNote, stableStringify } from './testing/records'
import { createPeer, disposeScenarios, notesOf, onDispose, settle, type Peer } from './testing/scenario'

afterEach(disposeScenarios)

const SEEDS = [7, 11, 2024, 31337, 424242, 9001]
const NOTES = 12
const COLORS: TLDefaultColorStyle[] = ['yellow', 'light-blue', 'light-green', 'orange', 'violet', 'red']
const SIZES: TLDefaultSizeStyle[] = ['s', 'm', 'l', 'xl']

type Kind = 'place' | 'text' | 'style' | 'meta'
const KINDS: Kind[] = ['place', 'text', 'style', 'meta']

/** What one change sets on a note; `expected` keeps the last of each owner. */
type Change = (note: TLNoteShape) => TLNoteShape

function change(gen: prng.PRNG, kind: Kind, tag: string): Change {
  switch (kind) {
    case 'place': {
      const x = prng.int32(gen, 0, 3000)
      const y = prng.int32(gen, 0, 3000)
      return (note) => ({ ...note, x, y })
    }
    case 'text': {
      const text = `${tag} ${prng.word(gen, 1, 10)}`
      return (note) => ({ ...note, props: { ...note.props, richText: toRichText(text) } })
    }
    case 'style': {
      const color = prng.oneOf(gen, COLORS)
      const size = prng.oneOf(gen, SIZES)
      return (note) => ({ ...note, props: { ...note.props, color, size } })
    }
    case 'meta':
      return (note) => ({ ...note, meta: { ...note.meta, tag } })
  }
}

/** The part of a note a kind of change sets, to compare what each peer ends with. */
function partOf(note: TLNoteShape, kind: Kind): unknown {
  switch (kind) {
    case 'place':
      return { x: note.x, y: note.y, parentId: note.parentId }
    case 'text':
      return note.props.richText
    case 'style':
      return { color: note.props.color, size: note.props.size }
    case 'meta':
      return note.meta
  }
}

interface Run {
  peers: Peer[]
  network: SimulatedNetwork
}

/** Peers that share a page and NOTES notes, all delivered. */
async function start(gen: prng.PRNG, peerCount: number): Promise<Run & { ids: TLShapeId[] }> {
  const peers = Array.from({ length: peerCount }, () => createPeer())
  const network = new SimulatedNetwork(
    peers.map((p) => p.doc),
    gen,
  )
  onDispose(() => network.destroy())
  const ids = Array.from({ length: NOTES }, (_, i) => createShapeId(`m${i}`))
  peers[0]?.store.put([...initialDocumentRecords(), ...ids.map((id, i) => makeNote({ id, x: i * 220, y: 0, text: `note ${i}` }))])
  await deliverAll(network)
  return { peers, network, ids }
}

async function deliverAll(network: SimulatedNetwork): Promise<void> {
  for (;;) {
    while (network.deliverOne()) await settle()
    await new Promise((resolve) => setTimeout(resolve, 20))
    if (network.pending === 0) return
  }
}

/** Random delivery, reordering and drop-outs between edits, then everyone back online. */
async function scramble(gen: prng.PRNG, run: Run, steps: number, edit: (peerIndex: number) => void): Promise<void> {
  const { peers, network } = run
  for (let step = 0; step < steps; step++) {
    const roll = prng.real53(gen)
    const index = prng.int32(gen, 0, peers.length - 1)
    if (roll < 0.5) edit(index)
    else if (roll < 0.85) for (let i = prng.int32(gen, 1, 4); i > 0; i--) network.deliverOne()
    else if (network.isOnline(index)) network.disconnect(index)
    else network.reconnect(index)
    if (prng.bool(gen)) await settle()
  }
  peers.forEach((_p, i) => {
    if (!network.isOnline(i)) network.reconnect(i)
  })
  await deliverAll(network)
}

function noteIn(peer: Peer, id: TLShapeId): TLNoteShape {
  const note = notesOf(peer.store).find((candidate) => candidate.id === id)
  if (!note) throw new Error(`${id} is missing`)
  return note
}

function expectConverged(peers: readonly Peer[]): void {
  const [first, ...others] = peers as [Peer, ...Peer[]]
  for (const peer of others) {
    expect(documentState(peer.store)).toBe(documentState(first.store))
    expect(stableStringify(recordsMap(peer.doc).toJSON())).toBe(stableStringify(recordsMap(first.doc).toJSON()))
    expect(Y.encodeStateVector(peer.doc)).toEqual(Y.encodeStateVector(first.doc))
  }
  for (const peer of peers) expect(peer.rejected).toEqual([])
}

describe('concurrent edits of different properties of one note', () => {
  for (const seed of SEEDS) {
    it(`keeps every owner's last change, in every browser (seed ${seed})`, async () => {
      const gen = prng.create(seed)
      const run = await start(gen, KINDS.length)
      const expected = new Map<string, unknown>()
      let counter = 0
      await scramble(gen, run, 300, (index) => {
        const kind = KINDS[index] as Kind
        const peer = run.peers[index] as Peer
        const id = prng.oneOf(gen, run.ids)
        const changed = change(gen, kind, `p${index}-${counter++}`)(noteIn(peer, id))
        peer.store.put([changed])
        expected.set(`${id} ${kind}`, partOf(changed, kind))
      })
      expectConverged(run.peers)
      expect(expected.size).toBeGreaterThan(NOTES)
      for (const peer of run.peers) {
        for (const [key, value] of expected) {
          const [id, kind] = key.split(' ') as [TLShapeId, Kind]
          expect(partOf(noteIn(peer, id), kind), `${key} in peer ${run.peers.indexOf(peer)}`).toEqual(value)
        }
      }
    })
  }

  for (const seed of SEEDS.slice(0, 3)) {
    it(`ends the same way in every browser when everyone changes everything (seed ${seed})`, async () => {
      const gen = prng.create(seed)
      const run = await start(gen, 3)
      let counter = 0
      await scramble(gen, run, 300, (index) => {
        const peer = run.peers[index] as Peer
        const note = noteIn(peer, prng.oneOf(gen, run.ids))
        peer.store.put([change(gen, prng.oneOf(gen, KINDS), `p${index}-${counter++}`)(note)])
      })
      expectConverged(run.peers)
    })
  }
})
