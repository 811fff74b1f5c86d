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
