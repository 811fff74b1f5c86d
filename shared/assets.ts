/**
 * The board's asset store as both sides see it: where an uploaded image lives, which types and
 * sizes are accepted, and how a record's `src` is recognised as one of this board's own. The
 * server's policy and the client's uploader share these, so the UI offers only what the server
 * accepts.
 */

/** Image types the asset store accepts. SVG is refused: it can carry scripts and remote loads. */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number]

/** Narrows a MIME type to one the asset store accepts. */
export function isAcceptedImageType(value: unknown): value is AcceptedImageType {
  return typeof value === 'string' && (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(value)
}

/** Default largest upload, in bytes (the server's `MAX_ASSET_BYTES`). */
export const DEFAULT_MAX_ASSET_BYTES = 10 * 1024 * 1024

/** An asset's content address: the SHA-256 of its bytes, 64 lowercase hex digits. */
export const ASSET_HASH_PATTERN = /^[0-9a-f]{64}$/

/** The path of one of a board's stored assets; it is also the `src` written into the asset record. */
export function assetPath(boardId: string, hash: string): string {
  return `/api/boards/${boardId}/assets/${hash}`
}

const ASSET_SRC = /^\/api\/boards\/([A-Za-z0-9_-]{22})\/assets\/([0-9a-f]{64})$/

/** The board and hash of an asset-store `src`, or null when `src` is anything else. */
export function parseAssetSrc(src: string): { boardId: string; hash: string } | null {
  const match = ASSET_SRC.exec(src)
  return match ? { boardId: match[1] as string, hash: match[2] as string } : null
}

const DATA_IMAGE_URL = /^data:image\/[a-z0-9.+-]+[;,]/i
const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),/i

/** True for a `data:image/<type>` URL: an image held in the record itself, which loads nothing. */
export function isDataImageUrl(src: string): boolean {
  return DATA_IMAGE_URL.test(src)
}

/** The declared type of a `data:` URL (lower case), or null when `src` is not one. */
export function dataUrlType(src: string): string | null {
  const match = DATA_URL.exec(src)
  return match ? (match[1] ?? '').trim().toLowerCase() : null
}

/** The bytes of a `data:` URL (base64 or percent-encoded), or null when it cannot be read. */
export function decodeDataUrl(src: string): { mimeType: string; bytes: Uint8Array<ArrayBuffer> } | null {
  const match = DATA_URL.exec(src)
  if (!match) return null
  const payload = src.slice(match[0].length)
  const mimeType = (match[1] ?? '').trim().toLowerCase()
  const base64 = (match[2] ?? '').toLowerCase().split(';').includes('base64')
  try {
    if (base64) {
      const binary = atob(payload.replace(/\s+/g, ''))
      const bytes = new Uint8Array(binary.length)
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
      return { mimeType, bytes }
    }
    return { mimeType, bytes: new TextEncoder().encode(decodeURIComponent(payload)) }
  } catch {
    return null
  }
}
