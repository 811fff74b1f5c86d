import type { TLAsset, TLAssetId, TLBinding, TLContent, TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { fileFromDataUrl, planPastedContent } from './pastedContent'

const PNG_DATA = 'data:image/png;base64,iVBORw0KGgo='

function image(id: string, src: string | null, type: 'image' | 'video' = 'image'): TLAsset {
  return {
    id: `asset:${id}`,
    typeName: 'asset',
    type,
    props: { name: `${id}.png`, src, w: 10, h: 10, mimeType: 'image/png', isAnimated: false },
    meta: {},
  } as TLAsset
}

function shape(id: string, type: string, props: Record<string, unknown> = {}): TLShape {
  return { id: `shape:${id}`, typeName: 'shape', type, parentId: 'page:page', props, meta: {} } as unknown as TLShape
}

function content(shapes: TLShape[], assets: TLAsset[], bindings: TLBinding[] = []): TLContent {
  return { shapes, assets, bindings, rootShapeIds: shapes.map((s) => s.id), schema: { schemaVersion: 2, sequences: {} } }
}

const nothingOnBoard = () => false

describe('planPastedContent', () => {
  it('uploads data: images, keeping their shapes with the src emptied meanwhile', () => {
    const plan = planPastedContent(content([shape('pic', 'image', { assetId: 'asset:a' })], [image('a', PNG_DATA)]), nothingOnBoard)
    expect(plan.uploads).toEqual([{ assetId: 'asset:a', dataUrl: PNG_DATA, name: 'a.png' }])
    expect(plan.content.shapes.map((s) => s.id)).toEqual(['shape:pic'])
    expect(plan.content.assets).toMatchObject([{ id: 'asset:a', props: { src: '' } }])
    expect(plan.leftOut).toBe(0)
  })

  it('leaves out, and counts, what would load from elsewhere', () => {
    const pasted = content(
      [
        shape('remote', 'image', { assetId: 'asset:r' }),
        shape('clip', 'video', { assetId: 'asset:v' }),
        shape('yt', 'embed', { url: 'https://www.youtube.com/watch?v=x' }),
        shape('card', 'bookmark', { url: 'https://example.com', assetId: 'asset:b' }),
        shape('note', 'note'),
      ],
      [
        image('r', 'https://example.com/x.png'),
        image('v', 'data:video/mp4;base64,AAAA', 'video'),
        {
          id: 'asset:b',
          typeName: 'asset',
          type: 'bookmark',
          props: { src: 'https://example.com', image: 'https://example.com/i.png' },
          meta: {},
        } as unknown as TLAsset,
      ],
      [
        {
          id: 'binding:1',
          typeName: 'binding',
          type: 'arrow',
          fromId: 'shape:note',
          toId: 'shape:yt',
          props: {},
          meta: {},
        } as unknown as TLBinding,
      ],
    )
    const plan = planPastedContent(pasted, nothingOnBoard)
    expect(plan.leftOut).toBe(4)
    expect(plan.content.shapes.map((s) => s.id)).toEqual(['shape:note'])
    expect(plan.content.rootShapeIds).toEqual(['shape:note'])
    expect(plan.content.assets).toEqual([])
    expect(plan.content.bindings).toEqual([])
    expect(plan.uploads).toEqual([])
  })

  it('keeps an image this board already holds as it is, whatever its src', () => {
    const own = image('own', '/api/boards/AbCdEfGhIjKlMnOpQrStUv/assets/' + 'c'.repeat(64))
    const plan = planPastedContent(content([shape('pic', 'image', { assetId: 'asset:own' })], [own]), (id: TLAssetId) => id === 'asset:own')
    expect(plan.content.assets).toEqual([own])
    expect(plan.leftOut).toBe(0)
    expect(plan.uploads).toEqual([])
  })
})

describe('fileFromDataUrl', () => {
  it('decodes base64 and percent-encoded data URLs without a request', async () => {
    const png = fileFromDataUrl(PNG_DATA, 'a.png')
    expect(png?.type).toBe('image/png')
    expect([...new Uint8Array((await png?.arrayBuffer()) ?? new ArrayBuffer(0))].slice(0, 4)).toEqual([0x89, 0x50, 0x4e, 0x47])
    const svg = fileFromDataUrl('data:image/svg+xml,%3Csvg%2F%3E', 'a.svg')
    expect(svg?.type).toBe('image/svg+xml')
    expect(await svg?.text()).toBe('<svg/>')
  })

  it('gives null for what is not a data URL or does not decode', () => {
    expect(fileFromDataUrl('https://example.com/a.png', 'a')).toBeNull()
    expect(fileFromDataUrl('data:image/png;base64,@@@', 'a')).toBeNull()
  })
})
