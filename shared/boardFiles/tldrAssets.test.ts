import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { assetPath } from '../assets'
import { decodeDataUrl } from '../assets'
import { assetFate, pendingUploads, previewLeftOut } from './tldrAssets'

const BOARD = 'B0ardB0ardB0ardB0ard01'
const PNG = 'data:image/png;base64,iVBORw0KGgo='

function asset(id: string, src: string | null, type = 'image'): StoredRecord {
  return { id, typeName: 'asset', type, props: { src }, meta: {} }
}

function shape(id: string, type: string, assetId?: string): StoredRecord {
  return { id, typeName: 'shape', type, parentId: 'page:p', props: assetId ? { assetId } : {}, meta: {} }
}

describe('assetFate', () => {
  it('keeps images without a source and images already in this board’s store', () => {
    expect(assetFate(asset('asset:a', null), BOARD)).toEqual({ kind: 'keep' })
    expect(assetFate(asset('asset:a', ''), BOARD)).toEqual({ kind: 'keep' })
    expect(assetFate(asset('asset:a', assetPath(BOARD, 'f'.repeat(64))), BOARD)).toEqual({ kind: 'keep' })
  })

  it('uploads embedded images of the types the store takes, whatever the letter case', () => {
    expect(assetFate(asset('asset:a', PNG), BOARD)).toEqual({
      kind: 'upload',
      upload: { assetId: 'asset:a', mimeType: 'image/png', dataUrl: PNG },
    })
    expect(assetFate(asset('asset:a', 'data:IMAGE/JPEG;base64,/9j/'), BOARD)).toMatchObject({
      kind: 'upload',
      upload: { mimeType: 'image/jpeg' },
    })
  })

  it('leaves out what would load from elsewhere or what the store does not take', () => {
    expect(assetFate(asset('asset:a', 'https://example.com/a.png'), BOARD)).toEqual({ kind: 'leaveOut', reason: 'linkedImage' })
    expect(assetFate(asset('asset:a', 'HTTP://example.com/a.png'), BOARD)).toEqual({ kind: 'leaveOut', reason: 'linkedImage' })
    expect(assetFate(asset('asset:a', assetPath('OtherOtherOtherOther02', 'f'.repeat(64))), BOARD)).toEqual({
      kind: 'leaveOut',
      reason: 'linkedImage',
    })
    expect(assetFate(asset('asset:a', `https://evil.example${assetPath(BOARD, 'f'.repeat(64))}`), BOARD)).toEqual({
      kind: 'leaveOut',
      reason: 'linkedImage',
    })
    expect(assetFate(asset('asset:a', 'data:image/svg+xml,<svg/>'), BOARD)).toEqual({ kind: 'leaveOut', reason: 'unsupportedType' })
    expect(assetFate(asset('asset:a', 'data:video/mp4;base64,AAAA', 'video'), BOARD)).toEqual({
      kind: 'leaveOut',
      reason: 'unsupportedType',
    })
    expect(assetFate(asset('asset:a', 'data:image/png;base64,AAAA', 'video'), BOARD)).toEqual({
      kind: 'leaveOut',
      reason: 'unsupportedType',
    })
    expect(assetFate(asset('asset:a', 'https://example.com', 'bookmark'), BOARD)).toEqual({ kind: 'leaveOut', reason: 'bookmark' })
    expect(assetFate({ ...asset('asset:a', null), props: { src: 42 } }, BOARD)).toEqual({ kind: 'leaveOut', reason: 'incomplete' })
  })
})

describe('previewLeftOut and pendingUploads', () => {
  it('counts the shapes that will be left out by reason, and the images to upload', () => {
    const file = [
      asset('asset:png', PNG),
      asset('asset:web', 'https://example.com/a.png'),
      asset('asset:card', 'https://example.com', 'bookmark'),
      shape('shape:1', 'image', 'asset:png'),
      shape('shape:2', 'image', 'asset:web'),
      shape('shape:3', 'image', 'asset:web'),
      shape('shape:4', 'bookmark', 'asset:card'),
      shape('shape:5', 'embed'),
      shape('shape:6', 'note'),
    ]
    expect(previewLeftOut(file, BOARD)).toEqual({ uploads: 1, leftOut: { linkedImage: 2, bookmark: 1, embed: 1 } })
    expect(pendingUploads(file, BOARD)).toEqual([{ assetId: 'asset:png', mimeType: 'image/png', dataUrl: PNG }])
  })
})

describe('decodeDataUrl', () => {
  it('reads base64 and percent-encoded data URLs, and nothing else', () => {
    expect(decodeDataUrl(PNG)).toEqual({ mimeType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) })
    expect(decodeDataUrl('data:text/plain,a%20b')).toEqual({ mimeType: 'text/plain', bytes: new TextEncoder().encode('a b') })
    expect(decodeDataUrl('data:image/png;base64,***')).toBeNull()
    expect(decodeDataUrl('https://example.com/a.png')).toBeNull()
  })
})
