/**
 * Content that would make every browser on the board load something from another host: an
 * image or video asset whose `src` is a URL elsewhere, a bookmark (its asset holds a remote
 * preview image and favicon, and tldraw's bookmark shape unfurls its URL from the browser),
 * an embed (an iframe of another site), a `user` record whose picture (`imageUrl`) is
 * elsewhere (tldraw 5.4 does not draw it, but any version or client that does would load it). A board's images live in its own asset store
 * (shared/assets.ts); these rules hold for every role, facilitators included.
 */
import { isDataImageUrl, parseAssetSrc } from '../../shared/assets'
import type { StoredRecord } from '../../shared/boardDoc'
import type { Problem } from './types'

/** Asset types whose `src` the browser loads as it shows the shape. */
const MEDIA_ASSET_TYPES = new Set(['image', 'video'])
/** Shapes refused outright: they load or frame another site by design. */
const REMOTE_SHAPE_TYPES = new Set(['embed', 'bookmark'])

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

/**
 * Why a media asset's `src` is refused on board `boardId`, or null when it is empty, a
 * `data:image/…` URL (bounded by the record size limit) or exactly one of this board's own
 * asset paths. `boardId` null (a document the policy was not told the board of) accepts no
 * asset path.
 */
export function assetSrcProblem(src: unknown, boardId: string | null): string | null {
  if (src === null || src === undefined || src === '') return null
  if (typeof src !== 'string') return 'src is not a string'
  if (isDataImageUrl(src)) return null
  const stored = parseAssetSrc(src)
  if (!stored) return "src points outside the board's asset store"
  return boardId !== null && stored.boardId === boardId ? null : "src is another board's asset"
}

/**
 * Why a validated record may not be on board `boardId` because it loads content from
 * elsewhere, or null when it may.
 */
export function remoteContentProblem(record: StoredRecord, boardId: string | null): Problem | null {
  const type = field(record, 'type')
  if (record.typeName === 'shape' && typeof type === 'string' && REMOTE_SHAPE_TYPES.has(type)) {
    return { reason: 'remote_content', detail: `${type} shapes load another site; they are not allowed on a board` }
  }
  if (record.typeName === 'user') {
    const problem = assetSrcProblem(field(record, 'imageUrl'), boardId)
    return problem ? { reason: 'remote_content', detail: `a person's picture: ${problem}` } : null
  }
  if (record.typeName !== 'asset') return null
  if (type === 'bookmark') return { reason: 'remote_content', detail: 'bookmark assets load another site; they are not allowed on a board' }
  if (typeof type !== 'string' || !MEDIA_ASSET_TYPES.has(type)) return null
  const problem = assetSrcProblem(field(record.props, 'src'), boardId)
  return problem ? { reason: 'remote_content', detail: problem } : null
}
