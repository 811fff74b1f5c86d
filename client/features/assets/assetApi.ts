/**
 * The board's asset store over HTTP: upload an image file (raw bytes, the server sniffs the
 * type) and read a stored one back with the link's token. Failures come back as a small set of
 * codes the UI turns into a message in the person's language.
 */
import * as z from 'zod/mini'
import { DEFAULT_MAX_ASSET_BYTES, isAcceptedImageType, parseAssetSrc, type AcceptedImageType } from '../../../shared/assets'
import { ErrorId, Paths } from '../../../shared/protocol'

/** Why an upload did not store the image. */
export const UploadFailure = {
  /** Larger than the server's limit (checked before sending, and by the server: 413). */
  tooLarge: 'too_large',
  /** Not PNG, JPEG, GIF or WebP (SVG included; 415). */
  unsupportedType: 'unsupported_type',
  /** The board's total of stored images is full (409). */
  boardFull: 'board_full',
  /** The link may not add images (a viewer's, or a revoked one: 401/403/410). */
  forbidden: 'forbidden',
  /** Too many uploads in a short time (429). */
  rateLimited: 'rate_limited',
  /** The server could not be reached. */
  network: 'network',
  /** Anything else: a server error, or an answer Plenary does not understand. */
  failed: 'failed',
} as const
export type UploadFailure = (typeof UploadFailure)[keyof typeof UploadFailure]

/** An image the server stored; `src` is this board's own asset path. */
export interface StoredImage {
  src: string
  hash: string
  mimeType: AcceptedImageType
  bytes: number
}

/** The outcome of {@link uploadBoardImage}. */
export type UploadResult = ({ ok: true } & StoredImage) | { ok: false; code: UploadFailure }

/** Options of the asset calls; `fetch` is injectable for tests. */
export interface AssetCallOptions {
  fetch?: typeof fetch
  signal?: AbortSignal
  /** The largest file sent; larger ones are refused without a request. */
  maxBytes?: number
}

const storedSchema = z.object({
  src: z.string(),
  hash: z.string(),
  mimeType: z.custom<AcceptedImageType>(isAcceptedImageType),
  bytes: z.int().check(z.nonnegative()),
})

const errorBodySchema = z.object({ error: z.object({ id: z.string() }) })

/** The URL of a board's asset collection. */
export function boardAssetsPath(boardId: string): string {
  return `${Paths.boards}/${encodeURIComponent(boardId)}/assets`
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return undefined
  }
}

/** Maps a refusal to a failure code: the server's error id first, the status when it sent none. */
export function failureFor(status: number, errorId: string | undefined): UploadFailure {
  switch (errorId) {
    case ErrorId.payloadTooLarge:
      return UploadFailure.tooLarge
    case ErrorId.unsupportedMediaType:
      return UploadFailure.unsupportedType
    case ErrorId.limitReached:
      return UploadFailure.boardFull
    case ErrorId.unauthorized:
    case ErrorId.forbidden:
    case ErrorId.linkRevoked:
      return UploadFailure.forbidden
    case ErrorId.rateLimited:
      return UploadFailure.rateLimited
  }
  switch (status) {
    case 413:
      return UploadFailure.tooLarge
    case 415:
      return UploadFailure.unsupportedType
    case 409:
      return UploadFailure.boardFull
    case 401:
    case 403:
    case 410:
      return UploadFailure.forbidden
    case 429:
      return UploadFailure.rateLimited
    default:
      return UploadFailure.failed
  }
}

/**
 * Refuses, without a request, what the server would refuse anyway: a file over the limit or of
 * a declared type it does not take. A blob without a type (some pastes) goes to the server,
 * which sniffs the bytes.
 */
export function precheckImage(file: Blob, maxBytes = DEFAULT_MAX_ASSET_BYTES): UploadFailure | null {
  if (file.size > maxBytes) return UploadFailure.tooLarge
  if (file.type !== '' && !isAcceptedImageType(file.type)) return UploadFailure.unsupportedType
  return null
}

/**
 * Stores an image in a board's asset store (`POST /api/boards/:id/assets`, the link's token as
 * Bearer). The answer's `src` must be this board's own asset path, so a confused or hostile
 * answer can never make the board point somewhere else.
 */
export async function uploadBoardImage(boardId: string, token: string, file: Blob, options: AssetCallOptions = {}): Promise<UploadResult> {
  const refused = precheckImage(file, options.maxBytes)
  if (refused !== null) return { ok: false, code: refused }
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(boardAssetsPath(boardId), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': file.type === '' ? 'application/octet-stream' : file.type,
        Accept: 'application/json',
      },
      body: file,
      signal: options.signal ?? null,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return { ok: false, code: UploadFailure.network }
  }
  const body = await readJson(response)
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body)
    return { ok: false, code: failureFor(response.status, parsed.success ? parsed.data.error.id : undefined) }
  }
  const parsed = storedSchema.safeParse(body)
  if (!parsed.success || parseAssetSrc(parsed.data.src)?.boardId !== boardId) {
    return { ok: false, code: UploadFailure.failed }
  }
  return { ok: true, ...parsed.data }
}

/**
 * Reads one of the board's stored images (`GET` of its `src`, the link's token as Bearer).
 * Null when `src` is not an asset-store path or the image could not be read; nothing but this
 * server's asset paths is ever requested.
 */
export async function fetchBoardAsset(src: string, token: string, options: AssetCallOptions = {}): Promise<Blob | null> {
  if (parseAssetSrc(src) === null) return null
  try {
    const response = await (options.fetch ?? fetch)(src, {
      headers: { Authorization: `Bearer ${token}` },
      signal: options.signal ?? null,
    })
    if (!response.ok) return null
    return await response.blob()
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return null
  }
}
