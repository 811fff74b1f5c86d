import type { TLAsset } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { assetPath } from '../../../shared/assets'
import { urlOf } from '../../lib/testing'
import { UploadFailure } from './assetApi'
import { classifySrc, createBoardAssetStore, UploadRefusedError } from './assetStore'

const BOARD = 'AbCdEfGhIjKlMnOpQrStUv'
const OTHER_BOARD = 'ZyXwVuTsRqPoNmLkJiHgFe'
const TOKEN = 'P'.repeat(32)
const HASH = 'b'.repeat(64)
const OWN = assetPath(BOARD, HASH)
const CONTEXT = { screenScale: 1, steppedScreenScale: 1, dpr: 1, networkEffectiveType: null, shouldResolveToOriginal: false }

function imageAsset(src: string | null): TLAsset {
  return {
    id: 'asset:one',
    typeName: 'asset',
    type: 'image',
    props: { name: 'a.png', src, w: 10, h: 10, mimeType: 'image/png', isAnimated: false },
    meta: {},
  } as TLAsset
}

/** A store over a fake server that counts reads and hands out numbered blob URLs. */
function setup(status = 200) {
  const requested: string[] = []
  const revoked: string[] = []
  let made = 0
  const store = createBoardAssetStore({
    boardId: BOARD,
    token: TOKEN,
    fetch: async (input) => {
      requested.push(urlOf(input))
      return new Response(new Uint8Array([1]), { status })
    },
    createObjectURL: () => `blob:test/${++made}`,
    revokeObjectURL: (url) => revoked.push(url),
  })
  return { store, requested, revoked }
}

describe('classifySrc', () => {
  it('fetches only this board’s asset paths, keeps data images, refuses the rest', () => {
    expect(classifySrc(OWN, BOARD)).toBe('board-asset')
    expect(classifySrc('data:image/png;base64,AAAA', BOARD)).toBe('data')
    for (const src of [
      assetPath(OTHER_BOARD, HASH),
      'https://example.com/x.png',
      'http://127.0.0.1/x.png',
      '//example.com/x.png',
      'blob:https://example.com/1',
      'data:text/html,<script>1</script>',
      `${OWN}?x=1`,
      '',
      null,
    ]) {
      expect(classifySrc(src, BOARD), String(src)).toBe('refused')
    }
  })
})

describe('createBoardAssetStore', () => {
  it('resolves an own asset to a blob URL, reading it once however often it is shown', async () => {
    const { store, requested } = setup()
    const first = await store.resolve?.(imageAsset(OWN), CONTEXT)
    const second = await store.resolve?.(imageAsset(OWN), CONTEXT)
    expect(first).toBe('blob:test/1')
    expect(second).toBe('blob:test/1')
    expect(requested).toEqual([OWN])
  })

  it('returns data URLs as they are and null for anything else, with no request', async () => {
    const { store, requested } = setup()
    expect(await store.resolve?.(imageAsset('data:image/png;base64,AAAA'), CONTEXT)).toBe('data:image/png;base64,AAAA')
    expect(await store.resolve?.(imageAsset('https://example.com/x.png'), CONTEXT)).toBeNull()
    expect(await store.resolve?.(imageAsset(assetPath(OTHER_BOARD, HASH)), CONTEXT)).toBeNull()
    expect(await store.resolve?.(imageAsset(null), CONTEXT)).toBeNull()
    expect(requested).toEqual([])
  })

  it('tries a failed read again on the next resolve', async () => {
    const { store, requested } = setup(503)
    expect(await store.resolve?.(imageAsset(OWN), CONTEXT)).toBeNull()
    expect(await store.resolve?.(imageAsset(OWN), CONTEXT)).toBeNull()
    expect(requested).toHaveLength(2)
  })

  it('revokes its blob URLs on dispose', async () => {
    const { store, revoked } = setup()
    await store.resolve?.(imageAsset(OWN), CONTEXT)
    store.dispose()
    expect(revoked).toEqual(['blob:test/1'])
    expect(await store.resolve?.(imageAsset(OWN), CONTEXT)).toBe('blob:test/2')
  })

  it('uploads to the board and returns the server’s src, or throws the refusal', async () => {
    const stored = { src: OWN, hash: HASH, mimeType: 'image/png', bytes: 1 }
    const ok = createBoardAssetStore({ boardId: BOARD, token: TOKEN, fetch: async () => Response.json(stored, { status: 201 }) })
    const file = new File([new Uint8Array([1])], 'a.png', { type: 'image/png' })
    expect(await ok.upload(imageAsset(null), file)).toEqual({ src: OWN })
    const full = createBoardAssetStore({
      boardId: BOARD,
      token: TOKEN,
      fetch: async () => Response.json({ error: { id: 'limit_reached', message: 'full' } }, { status: 409 }),
    })
    const refusal = await full.upload(imageAsset(null), file).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(UploadRefusedError)
    expect((refusal as UploadRefusedError).code).toBe(UploadFailure.boardFull)
  })
})
