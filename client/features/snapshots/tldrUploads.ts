/**
 * The step of a .tldr import that puts the file's embedded images into the board's asset
 * store, before anything is written: each image is decoded from its `data:` URL and uploaded,
 * one after the other (gentle on the server's rate limit), and each outcome is kept by asset id
 * for the plan. One refused or failed image never stops the others.
 */
import { decodeDataUrl } from '../../../shared/assets'
import type { PendingUpload, UploadOutcome, UploadRefusal } from '../../../shared/boardFiles/tldrAssets'
import { UploadFailure, type UploadResult } from '../assets/assetApi'

/** Stores one image in the board's asset store (in the app: `uploadBoardImage` with the link's token). */
export type ImageUploader = (image: Blob) => Promise<UploadResult>

/** Why the import leaves an image out, from why the asset store did not take it. */
export function refusalFor(code: UploadFailure): UploadRefusal {
  switch (code) {
    case UploadFailure.tooLarge:
      return 'tooLarge'
    case UploadFailure.unsupportedType:
      return 'unsupportedType'
    case UploadFailure.boardFull:
      return 'boardFull'
    default:
      return 'uploadFailed'
  }
}

async function uploadOne(pending: PendingUpload, upload: ImageUploader): Promise<UploadOutcome> {
  const decoded = decodeDataUrl(pending.dataUrl)
  if (!decoded) return { refused: 'uploadFailed' }
  try {
    const result = await upload(new Blob([decoded.bytes], { type: pending.mimeType }))
    return result.ok ? { src: result.src, mimeType: result.mimeType, bytes: result.bytes } : { refused: refusalFor(result.code) }
  } catch {
    return { refused: 'uploadFailed' }
  }
}

/**
 * Uploads every pending image (the same picture used by several assets only once) and says
 * how far it got after each. Resolves with every asset's outcome; never rejects.
 */
export async function uploadEmbeddedImages(
  pending: readonly PendingUpload[],
  upload: ImageUploader,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, UploadOutcome>> {
  const outcomes = new Map<string, UploadOutcome>()
  const byData = new Map<string, UploadOutcome>()
  let done = 0
  for (const image of pending) {
    let outcome = byData.get(image.dataUrl)
    if (!outcome) {
      outcome = await uploadOne(image, upload)
      byData.set(image.dataUrl, outcome)
    }
    outcomes.set(image.assetId, outcome)
    onProgress?.(++done, pending.length)
  }
  return outcomes
}
