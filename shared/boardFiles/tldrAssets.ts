/**
 * What becomes of a tldraw file's pictures when it is imported into a board. A board shows
 * nothing from another host, so an image is kept only when it has no source, is already in
 * this board's asset store, or is embedded in the file (`data:`) in a type the asset store
 * takes; embedded ones are uploaded before the write and point at the store afterwards.
 * Everything else (a link to another website or board, an SVG or a video, embeds, bookmark
 * cards) is left out with its shapes, and the import says how many and why.
 */
import { dataUrlType, isAcceptedImageType, parseAssetSrc, type AcceptedImageType } from '../assets'
import type { StoredRecord } from '../boardDoc'

/** Why part of a file was left out of an import. */
export const TLDR_LEFT_OUT_REASONS = [
  /** The image loads from another website (or another board): nothing is requested elsewhere. */
  'linkedImage',
  /** Embedded, but not a type the asset store takes (SVG, video, …). */
  'unsupportedType',
  /** Embedded, but over the asset store's size limit. */
  'tooLarge',
  /** The board's asset store is full. */
  'boardFull',
  /** The upload failed for another reason (network, rights, too many at once). */
  'uploadFailed',
  /** An embed (a video, map or page from another website). */
  'embed',
  /** A bookmark card, which would fetch its page's preview. */
  'bookmark',
  /** It points at something the file does not hold, or is too large for one record. */
  'incomplete',
] as const

/** One of {@link TLDR_LEFT_OUT_REASONS}. */
export type TldrLeftOutReason = (typeof TLDR_LEFT_OUT_REASONS)[number]

/** How many shapes (or other records, for `incomplete`) were left out, by reason. */
export type TldrLeftOut = Partial<Record<TldrLeftOutReason, number>>

/** Why an upload did not give an asset a place in the store. */
export type UploadRefusal = Extract<TldrLeftOutReason, 'unsupportedType' | 'tooLarge' | 'boardFull' | 'uploadFailed'>

/** What uploading one embedded image gave: its new `src` (this board's asset path), or why not. */
export type UploadOutcome = { src: string; mimeType?: string; bytes?: number } | { refused: UploadRefusal }

/** An embedded image to upload before the write. */
export interface PendingUpload {
  /** The asset's id in the file. */
  assetId: string
  mimeType: AcceptedImageType
  /** The `data:` URL as the file holds it. */
  dataUrl: string
}

/** What happens to one asset record of the file. */
export type AssetFate = { kind: 'keep' } | { kind: 'upload'; upload: PendingUpload } | { kind: 'leaveOut'; reason: TldrLeftOutReason }

/** Shape types that show content from another host, with the reason they are left out. */
export const REFUSED_SHAPE_TYPES: Readonly<Record<string, TldrLeftOutReason>> = { embed: 'embed', bookmark: 'bookmark' }

function sourceOf(asset: StoredRecord): unknown {
  const props = asset.props
  return typeof props === 'object' && props !== null ? (props as Record<string, unknown>).src : undefined
}

/** What happens to `asset` when its file is imported into board `boardId`. */
export function assetFate(asset: StoredRecord, boardId: string): AssetFate {
  if (asset.type === 'bookmark') return { kind: 'leaveOut', reason: 'bookmark' }
  const src = sourceOf(asset)
  if (src === undefined || src === null || src === '') return { kind: 'keep' }
  if (typeof src !== 'string') return { kind: 'leaveOut', reason: 'incomplete' }
  if (parseAssetSrc(src)?.boardId === boardId) return { kind: 'keep' }
  const type = dataUrlType(src)
  if (type === null) return { kind: 'leaveOut', reason: 'linkedImage' }
  if (asset.type !== 'image' || !isAcceptedImageType(type)) return { kind: 'leaveOut', reason: 'unsupportedType' }
  return { kind: 'upload', upload: { assetId: asset.id, mimeType: type, dataUrl: src } }
}

/** The embedded images of a file that an import uploads first. */
export function pendingUploads(file: readonly StoredRecord[], boardId: string): PendingUpload[] {
  return file.flatMap((record) => {
    if (record.typeName !== 'asset') return []
    const fate = assetFate(record, boardId)
    return fate.kind === 'upload' ? [fate.upload] : []
  })
}

/**
 * The asset record as the board will hold it, or why it is left out: kept as it is, pointed at
 * its uploaded copy, or refused. An embedded image without an upload outcome is left out.
 */
export function importedAsset(
  asset: StoredRecord,
  boardId: string,
  uploads: ReadonlyMap<string, UploadOutcome>,
): { ok: true; asset: StoredRecord } | { ok: false; reason: TldrLeftOutReason } {
  const fate = assetFate(asset, boardId)
  if (fate.kind === 'keep') return { ok: true, asset }
  if (fate.kind === 'leaveOut') return { ok: false, reason: fate.reason }
  const outcome = uploads.get(asset.id) ?? { refused: 'uploadFailed' }
  if ('refused' in outcome) return { ok: false, reason: outcome.refused }
  // The store's answer must be this board's own path, whatever the uploader was told.
  if (parseAssetSrc(outcome.src)?.boardId !== boardId) return { ok: false, reason: 'uploadFailed' }
  const props: Record<string, unknown> = { ...(asset.props as Record<string, unknown>), src: outcome.src }
  if (outcome.mimeType !== undefined) props.mimeType = outcome.mimeType
  if (outcome.bytes !== undefined) props.fileSize = outcome.bytes
  return { ok: true, asset: { ...asset, props } }
}

/** The reasons shapes would be left out before any upload, for the dialog's preview. */
export function previewLeftOut(file: readonly StoredRecord[], boardId: string): { uploads: number; leftOut: TldrLeftOut } {
  const refusedAssets = new Map<string, TldrLeftOutReason>()
  let uploads = 0
  for (const record of file) {
    if (record.typeName !== 'asset') continue
    const fate = assetFate(record, boardId)
    if (fate.kind === 'leaveOut') refusedAssets.set(record.id, fate.reason)
    else if (fate.kind === 'upload') uploads++
  }
  const leftOut: TldrLeftOut = {}
  for (const shape of file) {
    if (shape.typeName !== 'shape') continue
    const reason = REFUSED_SHAPE_TYPES[String(shape.type)] ?? refusedAssets.get(assetIdOf(shape) ?? '')
    if (reason) leftOut[reason] = (leftOut[reason] ?? 0) + 1
  }
  return { uploads, leftOut }
}

/** The asset a shape shows (image, video), if any. */
export function assetIdOf(shape: StoredRecord): string | null {
  const props = shape.props
  const id = typeof props === 'object' && props !== null ? (props as Record<string, unknown>).assetId : undefined
  return typeof id === 'string' ? id : null
}

/** Adds one to `reason` in `leftOut`. */
export function countLeftOut(leftOut: TldrLeftOut, reason: TldrLeftOutReason, count = 1): void {
  leftOut[reason] = (leftOut[reason] ?? 0) + count
}
