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

  it('stamps nothing in an anonymous area, and drops an author brought in', () => {
    expect(stampAuthor(shape('note', { color: 'x' }), 'user', author, true).meta).toEqual({ color: 'x' })
    expect(stampAuthor(shape('note', { author }), 'user', author, true).meta).toEqual({})
    const remote = shape('note', { author })
    expect(stampAuthor(remote, 'remote', author, true)).toBe(remote)
  })

  it("drops tldraw's textLastEditedBy of a note created or duplicated in an anonymous area", () => {
    const duplicated = shape('note', { author }, { textLastEditedBy: author.id, color: 'yellow' })
    const stamped = stampAuthor(duplicated, 'user', author, true)
    expect(stamped.meta).toEqual({})
    expect(stamped.props).toEqual({ textLastEditedBy: null, color: 'yellow' })
    expect(stampAuthor(duplicated, 'user', author).props).toEqual({ textLastEditedBy: author.id, color: 'yellow' })
  })

  it('replaces a malformed author', () => {
    expect(stampAuthor(shape('note', { author: 'Ana' }), 'user', author).meta.author).toEqual(author)
  })
})
