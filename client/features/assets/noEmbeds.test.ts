import type { Editor, TLUiActionsContextType, TLUiOverrideHelpers, TLUiToolsContextType } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { NO_EMBEDS_OVERRIDES } from './noEmbeds'

const editor = {} as Editor
const helpers = {} as TLUiOverrideHelpers
const item = (id: string) => ({ id, label: id, onSelect: () => undefined })

describe('NO_EMBEDS_OVERRIDES', () => {
  it('removes "Insert embed…" and the embed and bookmark conversions, keeping the rest', () => {
    const actions = Object.fromEntries(
      ['insert-embed', 'convert-to-embed', 'convert-to-bookmark', 'insert-media', 'undo'].map((id) => [id, item(id)]),
    ) as unknown as TLUiActionsContextType
    const kept = NO_EMBEDS_OVERRIDES.actions?.(editor, actions, helpers) ?? {}
    expect(Object.keys(kept).sort()).toEqual(['insert-media', 'undo'])
  })

  it('removes the embed tool, keeping the rest', () => {
    const tools = Object.fromEntries(['embed', 'select', 'note'].map((id) => [id, item(id)])) as unknown as TLUiToolsContextType
    const kept = NO_EMBEDS_OVERRIDES.tools?.(editor, tools, helpers) ?? {}
    expect(Object.keys(kept).sort()).toEqual(['note', 'select'])
  })
})
