import type { Editor, TLContent, TLShape } from 'tldraw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UploadFailure } from './assetApi'
import { registerBoardContentHandlers } from './contentHandlers'

type Handler = (info: Record<string, unknown>) => void

const broken = new Error('the editor broke')

/** An editor that takes the handlers and then fails on anything a handler asks of it: a bug nobody expected. */
function brokenEditor(): { editor: Editor; handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>()
  const registration = {
    registerExternalContentHandler: (type: string, handler: Handler) => handlers.set(type, handler),
    registerExternalAssetHandler: () => undefined,
  }
  const editor = new Proxy(registration, {
    get(target, key) {
      if (key in target) return target[key as keyof typeof target]
      throw broken
    },
  })
  return { editor: editor as unknown as Editor, handlers }
}

function pastedShapes(): TLContent {
  const shape = { id: 'shape:minutes', typeName: 'shape', type: 'note', parentId: 'page:page', props: {}, meta: {} } as unknown as TLShape
  return { shapes: [shape], assets: [], bindings: [], rootShapeIds: [shape.id], schema: { schemaVersion: 2, sequences: {} } }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('registerBoardContentHandlers', () => {
  it.each([
    ['url', { url: 'https://cooperativa-sur.example/actas/2026' }, { kind: 'not-added' }],
    ['embed', { url: 'https://video.example/embed/asamblea' }, { kind: 'not-added' }],
    ['tldraw', { content: pastedShapes() }, { kind: 'not-added' }],
    ['files', { files: [new File(['x'], 'łódź-plenaria.png', { type: 'image/png' })] }, { kind: 'upload', code: UploadFailure.failed }],
  ])('logs an unexpected failure of a pasted %s and tells the person what did not happen', async (type, info, notice) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const notify = vi.fn()
    const { editor, handlers } = brokenEditor()
    registerBoardContentHandlers(editor, notify)

    handlers.get(type)?.(info)

    await vi.waitFor(() => expect(notify).toHaveBeenCalled())
    expect(notify.mock.calls).toEqual([[notice]])
    expect(logged).toHaveBeenCalledWith(expect.any(String), broken)
  })
})
