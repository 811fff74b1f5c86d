/**
 * What tldraw does with pasted and dropped content on a board, replacing its defaults where they
 * would fetch from another host or write something the server refuses:
 * - a URL (pasted, dropped, or text that is one) becomes a text shape holding it as a link, with
 *   no preview fetched, moved down off any note or picture it would cover; an image URL is
 *   refused with a message; an iframe's code becomes a link to its address, never an embed;
 * - image files are checked against the asset store's types and size, uploaded, and each refusal
 *   is told to the person;
 * - SVG text is refused (the asset store takes no SVG); bookmarks are never created;
 * - shapes copied from another board or tldraw app keep their `data:` images (uploaded here)
 *   and lose, with a message, what would load from elsewhere (`pastedContent.ts`).
 * Pasted rich text keeps its links (opened only on click) and loses its `<img>`s: tldraw's
 * rich-text schema has no image node, so nothing in it is loaded.
 */
import {
  createShapesForAssets,
  defaultHandleExternalTextContent,
  defaultHandleExternalTldrawContent,
  getAssetInfo,
  type Editor,
  type TLAsset,
  type TLAssetId,
  type TLContent,
  type TLShapeId,
  type VecLike,
} from 'tldraw'
import { DEFAULT_MAX_ASSET_BYTES, isAcceptedImageType } from '../../../shared/assets'
import { UploadFailure } from './assetApi'
import type { AssetNotice } from './assetNotices'
import { UploadRefusedError } from './assetStore'
import { freeSpot } from './freeSpot'
import { fileFromDataUrl, planPastedContent } from './pastedContent'
import { classifyPastedUrl } from './pastedLinks'

/** Tells the person why something was not added. */
export type Notify = (notice: AssetNotice) => void

/** The reason a dropped file is refused before any upload, or null when it may be sent. */
export function refuseFile(file: Blob, maxBytes = DEFAULT_MAX_ASSET_BYTES): UploadFailure | null {
  // tldraw picks the asset util by MIME type, so a file without one cannot be placed either.
  if (!isAcceptedImageType(file.type)) return UploadFailure.unsupportedType
  if (file.size > maxBytes) return UploadFailure.tooLarge
  return null
}

/** Puts a pasted or dropped URL on the board as a link, or refuses it. */
export async function putUrl(editor: Editor, url: string, point: VecLike | undefined, notify: Notify): Promise<void> {
  const pasted = classifyPastedUrl(url)
  if (pasted.kind === 'image-url') {
    notify({ kind: 'image-url' })
    return
  }
  // Not a web address after all (`about:blank#blocked`, say): paste it as the text it is.
  const html = pasted.kind === 'link' ? pasted.html : undefined
  await defaultHandleExternalTextContent(editor, { text: url, ...(html ? { html } : {}), ...(point ? { point } : {}) })
  // tldraw leaves the new text selected, where the view's centre was: move it off anything it covers.
  const [created] = editor.getSelectedShapeIds()
  if (created !== undefined) moveClear(editor, created)
}

/** Moves shape `id` straight down until it covers no other shape on its page (frames aside). */
function moveClear(editor: Editor, id: TLShapeId): void {
  const shape = editor.getShape(id)
  const bounds = editor.getShapePageBounds(id)
  if (!shape || !bounds) return
  const obstacles = editor
    .getCurrentPageShapes()
    // A frame (a coop's corner, a group's area) holds notes; being inside one is no overlap.
    .filter((other) => other.id !== id && other.type !== 'frame')
    .flatMap((other) => {
      const box = editor.getShapePageBounds(other)
      return box ? [{ x: box.x, y: box.y, w: box.w, h: box.h }] : []
    })
  const spot = freeSpot({ x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h }, obstacles)
  const dy = spot.y - bounds.y
  if (dy !== 0) editor.updateShape({ id, type: shape.type, y: shape.y + dy })
}

function assetUsers(editor: Editor, assetId: TLAssetId) {
  return editor.getCurrentPageShapes().filter((shape) => 'assetId' in shape.props && shape.props.assetId === assetId)
}

/** Uploads one placed image; on refusal removes it again and says why. */
async function uploadPlaced(editor: Editor, asset: TLAsset, file: File, notify: Notify): Promise<void> {
  try {
    const { src } = await editor.uploadAsset(asset, file)
    const current = editor.getAsset(asset.id)
    if (current) editor.updateAssets([{ ...current, props: { ...current.props, src } }])
  } catch (error) {
    notify({ kind: 'upload', code: error instanceof UploadRefusedError ? error.code : UploadFailure.failed })
    removePlaced(editor, asset.id)
  }
}

/** Takes an image that was not stored off the board again, with its shapes. */
function removePlaced(editor: Editor, assetId: TLAssetId): void {
  editor.run(
    () => {
      editor.deleteShapes(assetUsers(editor, assetId))
      editor.deleteAssets([assetId])
    },
    { history: 'ignore' },
  )
}

/**
 * Places dropped or pasted image files at `point` (the view's centre without one), shows them
 * at once from the local file, and uploads them; the shapes go to everyone with the asset's
 * `src` empty until the upload answers.
 */
export async function putFiles(
  editor: Editor,
  files: readonly File[],
  point: VecLike | undefined,
  notify: Notify,
  maxBytes = DEFAULT_MAX_ASSET_BYTES,
): Promise<void> {
  if (files.length > editor.options.maxFilesAtOnce) {
    notify({ kind: 'too-many-files', max: editor.options.maxFilesAtOnce })
    return
  }
  const placed: { asset: TLAsset; file: File }[] = []
  for (const file of files) {
    const refused = refuseFile(file, maxBytes)
    if (refused !== null) {
      notify({ kind: 'upload', code: refused })
      continue
    }
    let asset: TLAsset | null
    try {
      asset = await getAssetInfo(editor, file)
    } catch {
      asset = null
    }
    if (asset === null) {
      // The bytes do not decode as the image the type claims.
      notify({ kind: 'upload', code: UploadFailure.unsupportedType })
      continue
    }
    editor.createTemporaryAssetPreview(asset.id, file)
    placed.push({ asset, file })
  }
  if (placed.length === 0) return
  await createShapesForAssets(
    editor,
    placed.map((p) => p.asset),
    point ?? editor.getViewportPageBounds().center,
  )
  await Promise.all(
    placed.map(({ asset, file }) => {
      // The same image dropped again reuses its stored asset (the id is the bytes' hash).
      const existing = editor.getAsset(asset.id)
      if (existing && 'src' in existing.props && existing.props.src) return Promise.resolve()
      return uploadPlaced(editor, asset, file, notify)
    }),
  )
}

/** Places shapes copied from elsewhere; see `pastedContent.ts`. */
export async function putTldrawContent(editor: Editor, content: TLContent, point: VecLike | undefined, notify: Notify): Promise<void> {
  const plan = planPastedContent(content, (id) => editor.getAsset(id) !== undefined)
  if (plan.leftOut > 0) notify({ kind: 'outside-content' })
  const files = new Map(plan.uploads.map((image) => [image.assetId, fileFromDataUrl(image.dataUrl, image.name)]))
  for (const [assetId, file] of files) if (file) editor.createTemporaryAssetPreview(assetId, file)
  if (plan.content.shapes.length > 0) {
    await defaultHandleExternalTldrawContent(editor, { content: plan.content, ...(point ? { point } : {}) })
  }
  await Promise.all(
    [...files].map(async ([assetId, file]) => {
      const asset = editor.getAsset(assetId)
      if (!asset) return
      const refused = file === null ? UploadFailure.unsupportedType : refuseFile(file)
      if (refused !== null || file === null) {
        notify({ kind: 'upload', code: refused ?? UploadFailure.unsupportedType })
        removePlaced(editor, assetId)
        return
      }
      await uploadPlaced(editor, asset, file, notify)
    }),
  )
}

/** What a person is told when dropped files fail in a way no step expected. */
const FILES_FAILED: AssetNotice = { kind: 'upload', code: UploadFailure.failed }
/** The same for a URL or pasted shapes: their own uploads report themselves, so it is not one. */
const NOT_ADDED: AssetNotice = { kind: 'not-added' }

/**
 * tldraw's content handlers return nothing, and tldraw does not wait for them: the work goes on
 * in the background. Each step tells its own refusals; a failure none of them expected (a bug,
 * an editor error) is logged, so it can be found, and still tells the person with `failure`
 * rather than ending as an unhandled rejection.
 */
function inBackground(work: Promise<void>, notify: Notify, failure: AssetNotice): void {
  work.catch((error: unknown) => {
    console.error('Plenary: pasted or dropped content was not added', error)
    notify(failure)
  })
}

/** Registers the board's handlers on `editor`, over tldraw's defaults. */
export function registerBoardContentHandlers(editor: Editor, notify: Notify): void {
  editor.registerExternalContentHandler('url', ({ url, point }) => inBackground(putUrl(editor, url, point, notify), notify, NOT_ADDED))
  // Pasted `<iframe>` code: a link to what it would have shown.
  editor.registerExternalContentHandler('embed', ({ url, point }) => inBackground(putUrl(editor, url, point, notify), notify, NOT_ADDED))
  editor.registerExternalContentHandler('files', ({ files, point }) =>
    inBackground(putFiles(editor, files, point, notify), notify, FILES_FAILED),
  )
  editor.registerExternalContentHandler('tldraw', ({ content, point }) =>
    inBackground(putTldrawContent(editor, content, point, notify), notify, NOT_ADDED),
  )
  editor.registerExternalContentHandler('svg-text', () => {
    notify({ kind: 'upload', code: UploadFailure.unsupportedType })
  })
  // Bookmark assets unfurl a page from the browser; the server refuses them anyway.
  editor.registerExternalAssetHandler('url', () => Promise.reject(new Error('Link previews are not made on a Plenary board')))
}
