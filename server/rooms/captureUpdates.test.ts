import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { captureUpdates } from './captureUpdates'

/** A copy of `before` (a state as encoded) with `update` applied: what a peer holding `before` ends with. */
function replay(before: Uint8Array, update: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, before)
  Y.applyUpdate(doc, update)
  return doc
}

function updateHandlers(doc: Y.Doc): number {
  return doc._observers.get('update')?.size ?? 0
}

describe('captureUpdates', () => {
  it('returns null when the work changes nothing', () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('a', 1)
    expect(captureUpdates(doc, () => doc.getMap('m').get('a'))).toBeNull()
  })

  it('returns one update holding every transaction of the work, and nothing from before', () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('before', 0)
    const empty = Y.encodeStateAsUpdate(new Y.Doc())
    const before = Y.encodeStateAsUpdate(doc)
    const net = captureUpdates(doc, () => {
      doc.getMap('m').set('a', 1)
      doc.transact(() => doc.getMap('m').set('b', 2))
    })
    expect(net).not.toBeNull()
    expect(replay(before, net!).getMap('m').toJSON()).toEqual({ before: 0, a: 1, b: 2 })
    // Without what came before, a peer can place none of it: the update holds only the work.
    expect(replay(empty, net!).getMap('m').toJSON()).toEqual({})
  })

  it('catches what observers write in reaction, as the policy and watchers may', () => {
    const doc = new Y.Doc()
    const map = doc.getMap<number>('m')
    map.observe((event) => {
      if (event.keysChanged.has('a')) map.set('echo', (map.get('a') ?? 0) + 1)
    })
    const net = captureUpdates(doc, () => map.set('a', 1))
    expect(replay(Y.encodeStateAsUpdate(new Y.Doc()), net!).getMap('m').toJSON()).toEqual({ a: 1, echo: 2 })
  })

  it('keeps documents apart and stops listening when the work ends, even when it throws', () => {
    const doc = new Y.Doc()
    const other = new Y.Doc()
    const net = captureUpdates(doc, () => {
      other.getMap('m').set('elsewhere', 1)
      doc.getMap('m').set('here', 1)
    })
    expect(replay(Y.encodeStateAsUpdate(new Y.Doc()), net!).getMap('m').toJSON()).toEqual({ here: 1 })
    expect(updateHandlers(doc)).toBe(0)
    expect(() =>
      captureUpdates(doc, () => {
        doc.getMap('m').set('half', 1)
        throw new Error('failed half-way')
      }),
    ).toThrow('failed half-way')
    expect(updateHandlers(doc)).toBe(0)
  })

  it('gives a nested capture its own changes and the outer one all of them', () => {
    const doc = new Y.Doc()
    const before = Y.encodeStateAsUpdate(doc)
    let inner: Uint8Array | null = null
    let midway = before
    const outer = captureUpdates(doc, () => {
      doc.getMap('m').set('outer', 1)
      midway = Y.encodeStateAsUpdate(doc)
      inner = captureUpdates(doc, () => doc.getMap('m').set('inner', 1))
      doc.getMap('m').set('after', 1)
    })
    expect(replay(midway, inner!).getMap('m').toJSON()).toEqual({ outer: 1, inner: 1 })
    expect(Y.decodeUpdate(inner!).structs).toHaveLength(1)
    expect(replay(before, outer!).getMap('m').toJSON()).toEqual({ outer: 1, inner: 1, after: 1 })
    expect(updateHandlers(doc)).toBe(0)
  })
})
