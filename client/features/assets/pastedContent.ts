/**
 * tldraw content pasted from another board or another tldraw app, made fit for this board
 * before tldraw places it: images held as `data:` URLs are uploaded to the asset store (tldraw
 * would fetch the `data:` URL, which the page's CSP refuses), and what would load from another
 * host (an image asset with any other `src`, a bookmark asset, an embed or bookmark shape) is
 * left out and counted, so the person can be told. Images this board already holds are kept.
 */
import type { TLAsset, TLAssetId, TLContent, TLShape } from 'tldraw'
import { decodeDataUrl, isDataImageUrl } from '../../../shared/assets'

/** An image the paste brings as a `data:` URL, to upload under its own asset id. */
export interface PastedImage {
  assetId: TLAssetId
  dataUrl: string
  name: string
}

/** What {@link planPastedContent} decided. */
export interface PastedContentPlan {
  /** The content to place: left-out shapes removed, uploads' `src` emptied until they are stored. */
  content: TLContent
  uploads: PastedImage[]
  /** Shapes left out because they would load something from elsewhere. */
  leftOut: number
}

const OUTSIDE_SHAPE_TYPES: ReadonlySet<string> = new Set(['embed', 'bookmark'])

function srcOf(asset: TLAsset): string | null {
  return 'src' in asset.props && typeof asset.props.src === 'string' ? asset.props.src : null
}

function assetIdOf(shape: TLShape): TLAssetId | null {
  const props: object = shape.props
  return 'assetId' in props && typeof props.assetId === 'string' ? (props.assetId as TLAssetId) : null
}

/**
 * Plans the paste of `content`; `onBoard` tells whether this board already holds an asset id
 * (then its record is the board's own and tldraw keeps it as it is).
 */
export function planPastedContent(content: TLContent, onBoard: (id: TLAssetId) => boolean): PastedContentPlan {
  const keptAssets: TLAsset[] = []
  const uploads: PastedImage[] = []
  const refusedAssets = new Set<TLAssetId>()
  for (const asset of content.assets) {
    const src = srcOf(asset)
    if (onBoard(asset.id)) {
      keptAssets.push(asset)
    } else if (asset.type === 'image' && src !== null && isDataImageUrl(src)) {
      uploads.push({ assetId: asset.id, dataUrl: src, name: 'name' in asset.props ? asset.props.name : 'image' })
      keptAssets.push({ ...asset, props: { ...asset.props, src: '' } })
    } else if (asset.type === 'image' && !src) {
      keptAssets.push(asset)
    } else {
      refusedAssets.add(asset.id)
    }
  }

  // A frame or group holding left-out shapes keeps the rest; only the shapes themselves go.
  const leftOutIds = new Set(
    content.shapes
      .filter((shape) => {
        const assetId = assetIdOf(shape)
        return OUTSIDE_SHAPE_TYPES.has(shape.type) || (assetId !== null && refusedAssets.has(assetId))
      })
      .map((shape) => shape.id),
  )
  const bindings = content.bindings?.filter((b) => !leftOutIds.has(b.fromId) && !leftOutIds.has(b.toId))
  return {
    content: {
      ...content,
      shapes: content.shapes.filter((shape) => !leftOutIds.has(shape.id)),
      rootShapeIds: content.rootShapeIds.filter((id) => !leftOutIds.has(id)),
      assets: keptAssets,
      bindings,
    },
    uploads,
    leftOut: leftOutIds.size,
  }
}

/** The file a `data:` URL holds, decoded without a request; null when it is not one. */
export function fileFromDataUrl(dataUrl: string, name: string): File | null {
  const decoded = decodeDataUrl(dataUrl)
  return decoded ? new File([decoded.bytes], name, { type: decoded.mimeType }) : null
}
