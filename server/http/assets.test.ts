import { createHash } from 'node:crypto'
import { request, type IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { assetPath } from '../../shared/assets'
import { Role } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { createBoard, type TestBoard } from '../testing/syncClient'
import { noisePng } from '../testing/testImages'

const KiB = 1024
const MAX_ASSET = 64 * KiB
const MAX_BOARD = 100 * KiB
/** About 40 KB: two fit on a board under MAX_BOARD, three do not. */
const photo = (seed: number) => noisePng(seed, 116)
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('the asset store over HTTP', () => {
  const harness = useTestServer({ maxAssetBytes: MAX_ASSET, maxBoardAssetBytes: MAX_BOARD })
  const url = (path: string) => `${harness.server.origin}${path}`
  const upload = (board: TestBoard, role: Role | null, body: Uint8Array<ArrayBuffer>, contentType = 'image/png') =>
    fetch(url(`/api/boards/${board.id}/assets`), {
      method: 'POST',
      headers: { 'content-type': contentType, ...(role ? { authorization: `Bearer ${board.tokens[role]}` } : {}) },
      body,
    })
  const read = (board: TestBoard, path: string, role: Role | null, init: RequestInit = {}) =>
    fetch(url(path), { ...init, headers: { ...(role ? { authorization: `Bearer ${board.tokens[role]}` } : {}), ...init.headers } })

  it('stores an upload under its hash, gives the same src for the same bytes, and serves it to any role of the board', async () => {
    const board = await createBoard(harness.server.origin)
    const image = photo(1)
    const hash = sha256(image)
    const first = await upload(board, Role.participant, image, 'application/octet-stream')
    expect(first.status).toBe(201)
    expect(await first.json()).toEqual({ src: assetPath(board.id, hash), hash, mimeType: 'image/png', bytes: image.byteLength })
    const again = await upload(board, Role.facilitator, image)
    expect(again.status).toBe(200)
    expect(((await again.json()) as { src: string }).src).toBe(assetPath(board.id, hash))

    const served = await read(board, assetPath(board.id, hash), Role.viewer)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(image))).toBe(true)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    const etag = served.headers.get('etag')
    expect(etag).toBe(`"${hash}"`)

    const head = await read(board, assetPath(board.id, hash), Role.participant, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(image.byteLength))
    expect((await head.arrayBuffer()).byteLength).toBe(0)
    const cached = await read(board, assetPath(board.id, hash), Role.viewer, { headers: { 'if-none-match': etag ?? '' } })
    expect(cached.status).toBe(304)
    expect((await cached.arrayBuffer()).byteLength).toBe(0)
  })

  it('answers 404 for an unknown hash or another board’s asset, and 401 without a token of this board', async () => {
    const board = await createBoard(harness.server.origin)
    const other = await createBoard(harness.server.origin)
    const image = photo(2)
    expect((await upload(board, Role.participant, image)).status).toBe(201)
    const path = assetPath(board.id, sha256(image))
    expect((await read(board, path, null)).status).toBe(401)
    expect((await fetch(url(path), { headers: { authorization: `Bearer ${other.tokens.facilitator}` } })).status).toBe(401)
    expect((await read(other, assetPath(other.id, sha256(image)), Role.facilitator)).status).toBe(404)
    expect((await read(board, assetPath(board.id, '0'.repeat(64)), Role.facilitator)).status).toBe(404)
    expect((await read(board, `/api/boards/${board.id}/assets/not-a-hash`, Role.facilitator)).status).toBe(404)
  })

  it('lets facilitators and participants upload, refuses viewers (403) and requests without a valid token (401)', async () => {
    const board = await createBoard(harness.server.origin)
    const viewer = await upload(board, Role.viewer, photo(3))
    expect(viewer.status).toBe(403)
    expect(await viewer.json()).toMatchObject({ error: { id: 'forbidden' } })
    expect((await upload(board, null, photo(3))).status).toBe(401)
    const wrong = await fetch(url(`/api/boards/${board.id}/assets`), {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
      body: photo(3),
    })
    expect(wrong.status).toBe(401)
    expect((await read(board, assetPath(board.id, sha256(photo(3))), Role.facilitator)).status).toBe(404)
  })

  it('decides the type from the bytes: SVG, HTML and text are refused with 415 whatever Content-Type says', async () => {
    const board = await createBoard(harness.server.origin)
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/x.png"/></svg>')
    for (const [body, type] of [
      [svg, 'image/png'],
      [svg, 'image/svg+xml'],
      [new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 'image/jpeg'],
      [new Uint8Array(), 'image/png'],
    ] as const) {
      const response = await upload(board, Role.participant, body, type)
      expect(response.status).toBe(415)
      expect(await response.json()).toMatchObject({ error: { id: 'unsupported_media_type' } })
    }
  })

  it("refuses an upload that would take the board's images over their total with 409, storing nothing", async () => {
    const board = await createBoard(harness.server.origin)
    expect((await upload(board, Role.participant, photo(10))).status).toBe(201)
    expect((await upload(board, Role.participant, photo(11))).status).toBe(201)
    const third = await upload(board, Role.facilitator, photo(12))
    expect(third.status).toBe(409)
    expect(await third.json()).toMatchObject({ error: { id: 'limit_reached' } })
    expect((await read(board, assetPath(board.id, sha256(photo(12))), Role.facilitator)).status).toBe(404)
    // The same bytes as a stored image are no growth.
    expect((await upload(board, Role.participant, photo(10))).status).toBe(200)
    expect(await harness.server.store.assetBytes(board.id)).toBe(photo(10).byteLength + photo(11).byteLength)
  })

  it('refuses a body declared over MAX_ASSET_BYTES before reading it, and closes the connection', async () => {
    const board = await createBoard(harness.server.origin)
    const { response, body } = await openUpload(board, { 'content-length': String(MAX_ASSET + 1) }, Buffer.alloc(16))
    expect(response.statusCode).toBe(413)
    expect(response.headers.connection).toBe('close')
    expect(JSON.parse(body)).toMatchObject({ error: { id: 'payload_too_large' } })
  })

  it('refuses a body that grows over MAX_ASSET_BYTES while it is read (no Content-Length), without waiting for its end', async () => {
    const board = await createBoard(harness.server.origin)
    const start = Buffer.from(photo(20)).subarray(0, 16)
    const { response, body } = await openUpload(board, { 'transfer-encoding': 'chunked' }, Buffer.concat([start, Buffer.alloc(MAX_ASSET)]))
    expect(response.statusCode).toBe(413)
    expect(response.headers.connection).toBe('close')
    expect(JSON.parse(body)).toMatchObject({ error: { id: 'payload_too_large' } })
    expect(await harness.server.store.assetBytes(board.id)).toBe(0)
  })

  /**
   * Sends the headers and `first` bytes of an upload and never ends the body: the answer can
   * only come from a server that refused without reading the rest.
   */
  async function openUpload(
    board: TestBoard,
    headers: Record<string, string>,
    first: Buffer,
  ): Promise<{ response: IncomingMessage; body: string }> {
    const req = request(url(`/api/boards/${board.id}/assets`), {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.participant}`, 'content-type': 'image/png', ...headers },
    })
    // Writes after the server closed fail; only the answer matters here.
    req.on('error', () => undefined)
    try {
      const response = await new Promise<IncomingMessage>((resolve, reject) => {
        req.once('response', resolve)
        req.once('error', reject)
        req.write(first)
      })
      let body = ''
      for await (const chunk of response) body += String(chunk)
      return { response, body }
    } finally {
      req.destroy()
    }
  }
})
