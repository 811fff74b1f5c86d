/**
 * tldraw's asset store for one board. Images are uploaded to the board's own asset store and
 * their records hold its path; to show one, the bytes are read with the link's token and given
 * to tldraw as a `blob:` URL. Nothing else is ever requested: a record whose `src` points
 * anywhere but this board's asset store resolves to nothing.
 */
import type { TLAsset, TLAssetStore } from 'tldraw'
import { isDataImageUrl, parseAssetSrc } from '../../../shared/assets'
import { fetchBoardAsset, uploadBoardImage, type AssetCallOptions, type UploadFailure } from './assetApi'

/** How a record's `src` is shown: read from the asset store, used as it is, or not at all. */
export type SrcKind = 'board-asset' | 'data' | 'refused'

/**
 * Decides what may be done with an asset's `src` on board `boardId`. Only this board's asset
 * paths are fetched (another board's would be refused by the server anyway); `data:image/…`
 * URLs need no request; everything else (http, blob, another host, a relative path) is refused.
 */
export function classifySrc(src: string | null | undefined, boardId: string): SrcKind {
  if (!src) return 'refused'
  if (isDataImageUrl(src)) return 'data'
  return parseAssetSrc(src)?.boardId === boardId ? 'board-asset' : 'refused'
}

/** Thrown by {@link BoardAssetStore.upload} when the server did not store the file. */
export class UploadRefusedError extends Error {
  constructor(readonly code: UploadFailure) {
    super(`Image upload refused: ${code}`)
    this.name = 'UploadRefusedError'
  }
}

/** tldraw's asset store, plus the release of the `blob:` URLs it made. */
export interface BoardAssetStore extends TLAssetStore {
  /** Revokes every `blob:` URL handed out; later resolves start afresh. */
  dispose(): void
}

/** Options of {@link createBoardAssetStore}; the URL functions are injectable for tests. */
export interface BoardAssetStoreOptions extends AssetCallOptions {
  boardId: string
  /** The invite token the board was opened with; sent as Bearer. */
  token: string
  createObjectURL?: (blob: Blob) => string
  revokeObjectURL?: (url: string) => void
}

/** The asset store of one open board (or of a snapshot of it). */
export function createBoardAssetStore(options: BoardAssetStoreOptions): BoardAssetStore {
  const { boardId, token } = options
  const createObjectURL = options.createObjectURL ?? ((blob: Blob) => URL.createObjectURL(blob))
  const revokeObjectURL = options.revokeObjectURL ?? ((url: string) => URL.revokeObjectURL(url))
  // One read per src, shared by every shape and export that shows it; a failed read is
  // forgotten so the next render tries again (the person may have been offline).
  let resolved = new Map<string, Promise<string | null>>()
  const made = new Set<string>()

  const resolveBoardAsset = (src: string): Promise<string | null> => {
    const known = resolved.get(src)
    if (known) return known
    const generation = resolved
    const pending = fetchBoardAsset(src, token, options).then((blob) => {
      if (blob === null || generation !== resolved) {
        if (generation === resolved) resolved.delete(src)
        return null
      }
      const url = createObjectURL(blob)
      made.add(url)
      return url
    })
    resolved.set(src, pending)
    return pending
  }

  return {
    async upload(_asset: TLAsset, file: File, abortSignal?: AbortSignal) {
      const result = await uploadBoardImage(boardId, token, file, {
        ...options,
        ...(abortSignal ? { signal: abortSignal } : {}),
      })
      if (!result.ok) throw new UploadRefusedError(result.code)
      return { src: result.src }
    },
    resolve(asset: TLAsset) {
      const src = 'src' in asset.props ? asset.props.src : null
      switch (classifySrc(src, boardId)) {
        case 'data':
          return src
        case 'board-asset':
          return resolveBoardAsset(src as string)
        case 'refused':
          return null
      }
    },
    dispose() {
      for (const url of made) revokeObjectURL(url)
      made.clear()
      resolved = new Map()
    },
  }
}
