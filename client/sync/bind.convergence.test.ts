import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docMetaMap, recordsMap } from '../../shared/boardDoc'
import { documentState, stableStringify } from './testing/records'
import { disposeScenarios, notesOf, runScenario, type Peer } from './testing/scenario'

afterEach(disposeScenarios)

const SEEDS = [1, 2, 3, 42, 1234, 98765]

function byId(a: unknown, b: unknown): number {
  const idA = String((a as { id: string }).id)
  const idB = String((b as { id: string }).id)
  return idA < idB ? -1 : idA > idB ? 1 : 0
}

function expectConverged(peers: Peer[]): void {
  const [first, ...others] = peers as [Peer, ...Peer[]]
  expect(notesOf(first.store).length).toBeGreaterThan(0)
  for (const peer of others) {
    expect(documentState(peer.store)).toBe(documentState(first.store))
    expect(stableStringify(recordsMap(peer.doc).toJSON())).toBe(stableStringify(recordsMap(first.doc).toJSON()))
    expect(stableStringify(docMetaMap(peer.doc).toJSON())).toBe(stableStringify(docMetaMap(first.doc).toJSON()))
    expect(Y.encodeStateVector(peer.doc)).toEqual(Y.encodeStateVector(first.doc))
  }
  // The store and its document agree too: nothing was applied on one side only.
  for (const peer of peers) {
    const inDoc = Object.values(recordsMap(peer.doc).toJSON()).sort(byId)
    expect(stableStringify(inDoc)).toBe(documentState(peer.store))
    expect(peer.rejected).toEqual([])
  }
}

describe('bindStoreToDoc convergence', () => {
  for (const seed of SEEDS) {
    it(`leaves every peer with the same board after random edits, delays and drop-outs (seed ${seed})`, async () => {
      expectConverged(await runScenario(seed, 3 + (seed % 3), 400))
    })
  }
})

// In the browser tldraw hands store changes to listeners a frame late (in tests, at once), so
// remote changes can land between a local edit and its write to the document.
describe('bindStoreToDoc convergence with frame-delayed store history, as in a browser', () => {
  const globals = globalThis as unknown as Record<string, unknown>
  const saved = {
    force: globals.__FORCE_RAF_IN_TESTS__,
    raf: globals.requestAnimationFrame,
    caf: globals.cancelAnimationFrame,
  }
  beforeAll(() => {
    globals.__FORCE_RAF_IN_TESTS__ = true
    globals.requestAnimationFrame = (callback: (time: number) => void) => setTimeout(() => callback(performance.now()), 4)
    globals.cancelAnimationFrame = (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle)
  })
  afterAll(() => {
    globals.__FORCE_RAF_IN_TESTS__ = saved.force
    globals.requestAnimationFrame = saved.raf
    globals.cancelAnimationFrame = saved.caf
  })

  for (const seed of SEEDS.slice(0, 4)) {
    it(`leaves every peer with the same board (seed ${seed})`, async () => {
      expectConverged(await runScenario(seed, 3, 300))
    })
  }
})
