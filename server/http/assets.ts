/**
 * A board's asset store over REST: `POST /api/boards/:id/assets` stores an uploaded image
 * (facilitators and participants), `GET`/`HEAD /api/boards/:id/assets/:hash` serves it back to
 * any role of that board. Images are addressed by the SHA-256 of their bytes, so the same file
 * always gets the same `src` (shared/assets.ts), and nothing on a board is loaded from another
 * host. See docs/PROTOCOL.md ("Assets").
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ASSET_HASH_PATTERN, assetPath } from '../../shared/assets'
import { ErrorId, Role } from '../../shared/protocol'
import { readUploadBody } from './body'
import { authorize, type BoardRoutesDeps } from './boards'
import { matchesEtag } from './conditionalResponse'
import { sendError, sendJson } from './json'
import { sniffImageType } from './assetsSniff'

/** How much the asset store takes: per upload and per board. */
export interface AssetLimits {
  /** Largest upload, in bytes (MAX_ASSET_BYTES). */
  maxAssetBytes: number
  /** Largest total of one board's assets, in bytes (MAX_BOARD_ASSET_BYTES). */
  maxBoardAssetBytes: number
}

/** What the asset routes need. */
export interface AssetRoutesDeps extends BoardRoutesDeps {
  assetLimits: AssetLimits
}

/** Stored assets never change: their address is their content. */
const IMMUTABLE = 'private, max-age=31536000, immutable'
/** An asset opened on its own (a new tab) runs nothing and loads nothing. */
const ASSET_CSP = "default-src 'none'; sandbox"

/**
 * POST /api/boards/:id/assets (facilitator, participant), body: the image's bytes →
 * 201 `{ src, hash, mimeType, bytes }` (200 when the board already held them).
 */
export async function uploadAsset(req: IncomingMessage, res: ServerResponse, id: string, deps: AssetRoutesDeps): Promise<void> {
  // Until the body is read, any answer closes the connection: an unread body (up to the
  // upload limit) would otherwise be read and thrown away before the socket could be reused.
  res.setHeader('connection', 'close')
  const access = await authorize(req, res, id, deps)
  if (!access) return
  if (access.role === Role.viewer) return sendError(res, 403, ErrorId.forbidden, 'Viewers cannot add images to the board.')
  const { maxAssetBytes, maxBoardAssetBytes } = deps.assetLimits
  const bytes = await readUploadBody(req, res, maxAssetBytes, tooLargeMessage(maxAssetBytes))
  if (!bytes) return
  res.removeHeader('connection')
  const hash = createHash('sha256').update(bytes).digest('hex')
  const mimeType = sniffImageType(bytes)
  if (!mimeType) {
    return sendError(res, 415, ErrorId.unsupportedMediaType, 'Only PNG, JPEG, GIF and WebP images can be added to the board.')
  }
  const stored = await deps.store.putAsset(id, { hash, mimeType, bytes }, maxBoardAssetBytes)
  if (!stored.ok) {
    return sendError(
      res,
      409,
      ErrorId.limitReached,
      `This board's images already take the most it can hold (${maxBoardAssetBytes} bytes). Nothing was stored.`,
    )
  }
  sendJson(res, stored.created ? 201 : 200, { src: assetPath(id, hash), hash, mimeType, bytes: bytes.byteLength })
}

/**
 * GET|HEAD /api/boards/:id/assets/:hash (any role) → the stored bytes with their stored type,
 * cached for good by the browser and answered 304 to a matching `If-None-Match`.
 */
export async function getAsset(req: IncomingMessage, res: ServerResponse, id: string, hash: string, deps: BoardRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const found = ASSET_HASH_PATTERN.test(hash) ? await deps.store.getAsset(id, hash) : null
  if (!found) return sendError(res, 404, ErrorId.notFound, 'No image with that address on this board.')
  const etag = `"${hash}"`
  const headers = {
    'cache-control': IMMUTABLE,
    etag,
    'x-content-type-options': 'nosniff',
    'content-security-policy': ASSET_CSP,
  }
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  res.writeHead(200, { ...headers, 'content-type': found.mimeType, 'content-length': found.bytes.byteLength })
  res.end(Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength))
}

function tooLargeMessage(limit: number): string {
  const mib = (limit / (1024 * 1024)).toFixed(limit % (1024 * 1024) === 0 ? 0 : 1)
  return `The image is larger than ${limit} bytes (${mib} MiB), the most one upload may be.`
}
