import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildOnScratch } from './serverWrite'

describe('buildOnScratch', () => {
  it('returns what the build changed as one update, leaving the document untouched', () => {
    const doc = new Y.Doc()
    doc.getMap('plenary:test').set('a', 1)
    const { result, change } = buildOnScratch(doc, (scratch) => {
      scratch.getMap('plenary:test').set('b', 2)
      return scratch.getMap('plenary:test').size
    })
    expect(result).toBe(2)
    expect(doc.getMap('plenary:test').has('b')).toBe(false)
    if (!change) throw new Error('expected a change')
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    Y.applyUpdate(peer, change.update)
    expect(peer.getMap('plenary:test').toJSON()).toEqual({ a: 1, b: 2 })
    expect(change.decoded.structs.length).toBeGreaterThan(0)
  })

  it('gives no update when the build changed nothing, and counts a deletion as a change', () => {
    const doc = new Y.Doc()
    doc.getMap('plenary:test').set('a', 1)
    expect(buildOnScratch(doc, () => 'read only').change).toBeNull()
    const removal = buildOnScratch(doc, (scratch) => scratch.getMap('plenary:test').delete('a')).change
    expect(removal).not.toBeNull()
    Y.applyUpdate(doc, removal!.update)
    expect(doc.getMap('plenary:test').has('a')).toBe(false)
  })
})
