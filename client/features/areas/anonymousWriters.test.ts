import type { TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import type { RecordLookup } from '../../../shared/areas/areas'
import { stampAuthor } from '../../board/authorStamp'
import { clearWriterInAnonymousArea } from './anonymousWriters'

const author = { id: 'p1', name: 'Ana', coop: 'Tejido' }
const AREA = { id: 'shape:area', typeName: 'shape', type: 'frame', parentId: 'page:page', meta: { anonymous: true }, props: {} }
const records: RecordLookup = { get: (id) => (id === AREA.id ? AREA : undefined) }

function shape(type: string, meta: Record<string, unknown> = {}, props: Record<string, unknown> = {}): TLShape {
  return { id: 'shape:a', typeName: 'shape', type, parentId: AREA.id, meta, props } as unknown as TLShape
}

/** What a local creation in the anonymous area stores: the board's stamp, then this feature's clearing. */
function created(note: TLShape, source: 'remote' | 'user' = 'user'): TLShape {
  return clearWriterInAnonymousArea(records, stampAuthor(note, source, author), source)
}

describe('writers in an anonymous area', () => {
  it('stamps nothing in an anonymous area, and drops an author brought in', () => {
    expect(created(shape('note', { color: 'x' })).meta).toEqual({ color: 'x' })
    expect(created(shape('note', { author })).meta).toEqual({})
    const remote = shape('note', { author })
    expect(created(remote, 'remote')).toBe(remote)
  })

  it("drops tldraw's textLastEditedBy of a note created or duplicated in an anonymous area", () => {
    const duplicated = shape('note', { author }, { textLastEditedBy: author.id, color: 'yellow' })
    const stamped = created(duplicated)
    expect(stamped.meta).toEqual({})
    expect(stamped.props).toEqual({ textLastEditedBy: null, color: 'yellow' })
    const outside = { ...duplicated, parentId: 'page:page' } as TLShape
    expect(created(outside).props).toEqual({ textLastEditedBy: author.id, color: 'yellow' })
  })
})
