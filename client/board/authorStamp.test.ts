import { describe, expect, it } from 'vitest'
import type { TLShape } from 'tldraw'
import { stampAuthor } from './authorStamp'

const author = { id: 'p1', name: 'Ana', coop: 'Tejido' }

function shape(type: string, meta: Record<string, unknown> = {}, props: Record<string, unknown> = {}): TLShape {
  return { id: 'shape:a', typeName: 'shape', type, meta, props } as unknown as TLShape
}

describe('stampAuthor', () => {
  it('stamps a note created locally', () => {
    expect(stampAuthor(shape('note', { color: 'x' }), 'user', author).meta).toEqual({ color: 'x', author })
  })

  it('leaves remote notes, other shapes and already-authored notes alone', () => {
    const remote = shape('note')
    expect(stampAuthor(remote, 'remote', author)).toBe(remote)
    const geo = shape('geo')
    expect(stampAuthor(geo, 'user', author)).toBe(geo)
    const pasted = shape('note', { author: { id: 'p2', name: 'Kenji', coop: '' } })
    expect(stampAuthor(pasted, 'user', author)).toBe(pasted)
  })

  it('replaces a malformed author', () => {
    expect(stampAuthor(shape('note', { author: 'Ana' }), 'user', author).meta.author).toEqual(author)
  })
})
