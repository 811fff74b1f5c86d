import { describe, expect, it } from 'vitest'
import { assetPath, DEFAULT_MAX_ASSET_BYTES } from '../../../shared/assets'
import { failureFor, fetchBoardAsset, precheckImage, uploadBoardImage, UploadFailure } from './assetApi'
import { fakeFetch, requestOf } from '../../lib/testing'

const BOARD = 'AbCdEfGhIjKlMnOpQrStUv'
const OTHER_BOARD = 'ZyXwVuTsRqPoNmLkJiHgFe'
const TOKEN = 'P'.repeat(32)
const HASH = 'a'.repeat(64)
const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' })

describe('uploadBoardImage', () => {
  it('posts the raw bytes with the token and returns the stored image', async () => {
    const calls: Request[] = []
    const stored = { src: assetPath(BOARD, HASH), hash: HASH, mimeType: 'image/png', bytes: 4 }
    const result = await uploadBoardImage(BOARD, TOKEN, png(), { fetch: fakeFetch(201, stored, calls) })
    expect(result).toEqual({ ok: true, ...stored })
    const request = calls[0]
    expect(request?.method).toBe('POST')
    expect(new URL(request?.url ?? '').pathname).toBe(`/api/boards/${BOARD}/assets`)
    expect(request?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`)
    expect(request?.headers.get('content-type')).toBe('image/png')
    expect([...new Uint8Array(await (request as Request).arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it.each([
    [413, 'payload_too_large', UploadFailure.tooLarge],
    [415, 'unsupported_media_type', UploadFailure.unsupportedType],
    [409, 'limit_reached', UploadFailure.boardFull],
    [403, 'forbidden', UploadFailure.forbidden],
    [401, 'unauthorized', UploadFailure.forbidden],
    [410, 'link_revoked', UploadFailure.forbidden],
    [429, 'rate_limited', UploadFailure.rateLimited],
    [500, 'internal', UploadFailure.failed],
    [503, 'storage_unavailable', UploadFailure.failed],
  ])('maps HTTP %i %s to %s', async (status, id, code) => {
    const body = { error: { id, message: 'no' } }
    expect(await uploadBoardImage(BOARD, TOKEN, png(), { fetch: fakeFetch(status, body) })).toEqual({ ok: false, code })
  })

  it('maps a refusal without an error body by its status (a proxy’s page)', () => {
    expect(failureFor(413, undefined)).toBe(UploadFailure.tooLarge)
    expect(failureFor(415, undefined)).toBe(UploadFailure.unsupportedType)
    expect(failureFor(409, undefined)).toBe(UploadFailure.boardFull)
    expect(failureFor(403, undefined)).toBe(UploadFailure.forbidden)
    expect(failureFor(502, undefined)).toBe(UploadFailure.failed)
  })

  it('refuses a file over the limit or of another declared type without a request', async () => {
    const calls: Request[] = []
    const big = new Blob([new Uint8Array(DEFAULT_MAX_ASSET_BYTES + 1)], { type: 'image/png' })
    const svg = new Blob(['<svg/>'], { type: 'image/svg+xml' })
    const video = new Blob(['x'], { type: 'video/mp4' })
    const options = { fetch: fakeFetch(201, {}, calls) }
    expect(await uploadBoardImage(BOARD, TOKEN, big, options)).toEqual({ ok: false, code: UploadFailure.tooLarge })
    expect(await uploadBoardImage(BOARD, TOKEN, svg, options)).toEqual({ ok: false, code: UploadFailure.unsupportedType })
    expect(await uploadBoardImage(BOARD, TOKEN, video, options)).toEqual({ ok: false, code: UploadFailure.unsupportedType })
    expect(calls).toHaveLength(0)
  })

  it('sends a blob without a type for the server to sniff', async () => {
    expect(precheckImage(new Blob(['x']))).toBeNull()
    const calls: Request[] = []
    const stored = { src: assetPath(BOARD, HASH), hash: HASH, mimeType: 'image/gif', bytes: 1 }
    await uploadBoardImage(BOARD, TOKEN, new Blob(['x']), { fetch: fakeFetch(201, stored, calls) })
    expect(calls[0]?.headers.get('content-type')).toBe('application/octet-stream')
  })

  it('refuses an answer pointing anywhere but this board’s asset store', async () => {
    for (const src of ['https://example.com/x.png', assetPath(OTHER_BOARD, HASH), `data:image/png;base64,AAAA`]) {
      const body = { src, hash: HASH, mimeType: 'image/png', bytes: 4 }
      expect(await uploadBoardImage(BOARD, TOKEN, png(), { fetch: fakeFetch(201, body) })).toEqual({
        ok: false,
        code: UploadFailure.failed,
      })
    }
    const svgAnswer = { src: assetPath(BOARD, HASH), hash: HASH, mimeType: 'image/svg+xml', bytes: 4 }
    expect(await uploadBoardImage(BOARD, TOKEN, png(), { fetch: fakeFetch(201, svgAnswer) })).toMatchObject({ ok: false })
  })

  it('reports an unreachable server as a network failure, and lets an abort through', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch')
    }
    expect(await uploadBoardImage(BOARD, TOKEN, png(), { fetch: failing })).toEqual({ ok: false, code: UploadFailure.network })
    const aborting: typeof fetch = async () => {
      throw new DOMException('aborted', 'AbortError')
    }
    await expect(uploadBoardImage(BOARD, TOKEN, png(), { fetch: aborting })).rejects.toThrow('aborted')
  })
})

describe('fetchBoardAsset', () => {
  it('reads an asset path with the token', async () => {
    const calls: Request[] = []
    const fetchBytes: typeof fetch = async (input, init) => {
      calls.push(requestOf(input, init))
      return new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { 'content-type': 'image/png' } })
    }
    const blob = await fetchBoardAsset(assetPath(BOARD, HASH), TOKEN, { fetch: fetchBytes })
    expect(blob?.size).toBe(3)
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`)
  })

  it('requests nothing for a src that is not an asset path, and gives null on a refusal', async () => {
    const calls: Request[] = []
    for (const src of ['https://example.com/x.png', '//example.com/x.png', '/api/boards/x/assets/y']) {
      expect(await fetchBoardAsset(src, TOKEN, { fetch: fakeFetch(200, {}, calls) })).toBeNull()
    }
    expect(calls).toHaveLength(0)
    expect(await fetchBoardAsset(assetPath(BOARD, HASH), TOKEN, { fetch: fakeFetch(404, {}) })).toBeNull()
  })
})
