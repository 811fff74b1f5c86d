import type { TLInstancePresence, TLShapeId } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { withoutAnonymousSelection } from './anonymousPresence'

function shape(id: string, parentId: string, meta: Record<string, unknown> = {}, type = 'note'): Record<string, unknown> {
  return { id, typeName: 'shape', type, parentId, meta }
}

const records = new Map<string, unknown>([
  ['shape:anon', shape('shape:anon', 'page:page', { anonymous: true }, 'frame')],
  ['shape:inner', shape('shape:inner', 'shape:anon', {}, 'frame')],
  ['shape:deep', shape('shape:deep', 'shape:inner')],
  ['shape:open', shape('shape:open', 'page:page')],
])

function presence(selected: string[]): TLInstancePresence {
  return {
    selectedShapeIds: selected as TLShapeId[],
    cursor: { x: 1, y: 2, type: 'default', rotation: 0 },
    chatMessage: '',
  } as unknown as TLInstancePresence
}

describe('presence in anonymous areas', () => {
  it('drops the selected shapes inside an anonymous area, at any depth, and the cursor with them', () => {
    const shown = withoutAnonymousSelection(presence(['shape:deep', 'shape:open', 'shape:inner']), records)
    expect(shown.selectedShapeIds).toEqual(['shape:open'])
    expect(shown.cursor).toBeNull()
  })

  it('leaves a presence that selects nothing inside one as it is', () => {
    for (const selected of [[], ['shape:open'], ['shape:anon'], ['shape:missing']]) {
      const original = presence(selected)
      expect(withoutAnonymousSelection(original, records)).toBe(original)
    }
  })
})
