import { describe, expect, it } from 'vitest'
import { assetPath } from '../../../shared/assets'
import type { PendingUpload } from '../../../shared/boardFiles/tldrAssets'
import { UploadFailure, type UploadResult } from '../assets/assetApi'
import { uploadEmbeddedImages, type ImageUploader } from './tldrUploads'

const BOARD = 'B0ardB0ardB0ardB0ard01'
const PNG = 'data:image/png;base64,iVBORw0KGgo='
const GIF = 'data:image/gif;base64,R0lGODlh'
const JPEG = 'data:image/jpeg;base64,/9j/4AAQ'

/** A fake asset store: answers by the first byte of what it receives, and keeps what it got. */
function fakeStore(answer: (bytes: Uint8Array) => UploadResult | 'throw') {
  const received: { type: string; bytes: Uint8Array }[] = []
  const upload: ImageUploader = async (image) => {
    const bytes = new Uint8Array(await image.arrayBuffer())
    received.push({ type: image.type, bytes })
    const result = answer(bytes)
    if (result === 'throw') throw new Error('socket hang up')
    return result
  }
  return { upload, received }
}

function stored(hashChar: string, mimeType: 'image/png' | 'image/gif' | 'image/jpeg'): UploadResult {
  const hash = hashChar.repeat(64)
  return { ok: true, src: assetPath(BOARD, hash), hash, mimeType, bytes: 8 }
}

describe('uploadEmbeddedImages', () => {
  it('uploads each embedded image’s bytes with its type and keeps the store’s path by asset id', async () => {
    const store = fakeStore((bytes) => (bytes[0] === 0x89 ? stored('a', 'image/png') : stored('b', 'image/gif')))
    const progress: string[] = []
    const pending: PendingUpload[] = [
      { assetId: 'asset:1', mimeType: 'image/png', dataUrl: PNG },
      { assetId: 'asset:2', mimeType: 'image/gif', dataUrl: GIF },
      { assetId: 'asset:3', mimeType: 'image/png', dataUrl: PNG },
    ]
    const outcomes = await uploadEmbeddedImages(pending, store.upload, (done, total) => progress.push(`${done}/${total}`))
    expect(outcomes.get('asset:1')).toEqual({ src: assetPath(BOARD, 'a'.repeat(64)), mimeType: 'image/png', bytes: 8 })
    expect(outcomes.get('asset:2')).toEqual({ src: assetPath(BOARD, 'b'.repeat(64)), mimeType: 'image/gif', bytes: 8 })
    expect(outcomes.get('asset:3')).toEqual(outcomes.get('asset:1'))
    // The same picture twice is sent once.
    expect(store.received.map((r) => r.type)).toEqual(['image/png', 'image/gif'])
    expect([...(store.received[0]?.bytes ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(progress).toEqual(['1/3', '2/3', '3/3'])
  })

  it('goes on after a refused, failed or unreadable image, and says why each one is missing', async () => {
    const store = fakeStore((bytes) => {
      if (bytes[0] === 0x89) return { ok: false, code: UploadFailure.boardFull }
      if (bytes[0] === 0x47) return 'throw'
      return stored('c', 'image/jpeg')
    })
    const outcomes = await uploadEmbeddedImages(
      [
        { assetId: 'asset:full', mimeType: 'image/png', dataUrl: PNG },
        { assetId: 'asset:broken', mimeType: 'image/png', dataUrl: 'data:image/png;base64,***' },
        { assetId: 'asset:throws', mimeType: 'image/gif', dataUrl: GIF },
        { assetId: 'asset:big', mimeType: 'image/gif', dataUrl: 'data:image/gif;base64,AAAA' },
        { assetId: 'asset:fine', mimeType: 'image/jpeg', dataUrl: JPEG },
      ],
      async (image) => {
        const first = new Uint8Array(await image.arrayBuffer())[0]
        if (first === 0) return { ok: false, code: UploadFailure.tooLarge }
        return store.upload(image)
      },
    )
    expect(Object.fromEntries(outcomes)).toEqual({
      'asset:full': { refused: 'boardFull' },
      'asset:broken': { refused: 'uploadFailed' },
      'asset:throws': { refused: 'uploadFailed' },
      'asset:big': { refused: 'tooLarge' },
      'asset:fine': { src: assetPath(BOARD, 'c'.repeat(64)), mimeType: 'image/jpeg', bytes: 8 },
    })
  })
})
