import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { DEFAULT_POLICY_LIMITS } from './limits'
import { screenUpdate } from './screen'
import { note } from './testKit'

const limits = { maxKeyLength: 40 }

function updateOf(edit: (doc: Y.Doc) => void): ReturnType<typeof Y.decodeUpdate> {
  const doc = new Y.Doc()
  edit(doc)
  return Y.decodeUpdate(Y.encodeStateAsUpdate(doc))
}

describe('screenUpdate', () => {
  it('lets ordinary updates through, including ones the review will refuse', () => {
    expect(
      screenUpdate(
        updateOf((doc) => recordsMap(doc).set('shape:n1', note(1))),
        limits,
      ),
    ).toBeNull()
    expect(
      screenUpdate(
        updateOf((doc) => doc.getMap('unknown').set('k', 'x'.repeat(1000))),
        limits,
      ),
    ).toBeNull()
  })

  it('refuses a map key or a top-level type name longer than the limit', () => {
    const longKey = `shape:${'k'.repeat(100)}`
    expect(
      screenUpdate(
        updateOf((doc) => recordsMap(doc).set(longKey, note(1, { id: longKey }))),
        limits,
      ),
    ).toMatchObject({
      reason: 'key_too_long',
      detail: 'a map key of 106 characters',
    })
    expect(
      screenUpdate(
        updateOf((doc) => doc.getMap('n'.repeat(41)).set('k', 1)),
        limits,
      ),
    ).toMatchObject({
      reason: 'key_too_long',
      detail: 'a top-level type name of 41 characters',
    })
    const nested = updateOf((doc) => {
      const inner = new Y.Map<unknown>()
      recordsMap(doc).set('shape:n1', inner)
      inner.set('i'.repeat(41), 1)
    })
    expect(screenUpdate(nested, limits)?.reason).toBe('key_too_long')
  })

  it('allows tldraw ids and user ids by a wide margin with the default limit', () => {
    const id = `user:${'participant-0123456789abcdef'.repeat(3)}`
    expect(
      screenUpdate(
        updateOf((doc) => recordsMap(doc).set(id, {})),
        DEFAULT_POLICY_LIMITS,
      ),
    ).toBeNull()
  })
})
