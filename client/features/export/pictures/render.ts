/**
 * Pictures through tldraw's own export: `editor.toImage` for PNG and JPEG, `getSvgString` for
 * SVG. The shape utils' `toSvg` decides what a shape looks like (Plenary's note draws its
 * author footer there). Fonts come from the bundled @tldraw/assets the editor was given, so an
 * export requests nothing from another host. Always light mode with the paper background:
 * pictures are printed and pasted into documents.
 */
import type { Editor, TLShapeId } from 'tldraw'
import { stripUnseen } from '../../../../shared/text/clean'
import type { PictureArea } from './areas'

/** What a picture shows. */
export type PictureTarget = { kind: 'board' } | { kind: 'selection' } | { kind: 'area'; area: PictureArea }

/** Space around the content, in page units. */
const PADDING = 32

const EXPORT_OPTIONS = { background: true, padding: PADDING, darkMode: false } as const

/**
 * The shapes a picture of `target` exports: the current page's top-level shapes, the
 * selection, or one frame (tldraw exports a shape with everything inside it).
 */
export function targetShapeIds(editor: Editor, target: PictureTarget): TLShapeId[] {
  switch (target.kind) {
    case 'board':
      return editor.getSortedChildIdsForParent(editor.getCurrentPageId())
    case 'selection':
      return [...editor.getSelectedShapeIds()]
    case 'area':
      return editor.getShape(target.area.id as TLShapeId) ? [target.area.id as TLShapeId] : []
  }
}

/** A PNG of `ids` at twice the page resolution (tldraw keeps it within the browser's canvas limit). */
export async function renderPng(editor: Editor, ids: readonly TLShapeId[]): Promise<Blob> {
  const { blob } = await editor.toImage([...ids], { ...EXPORT_OPTIONS, format: 'png', pixelRatio: 2 })
  return blob
}

/**
 * tldraw's SVG string made a well-formed file: tldraw writes shapes' text as it is, and a NUL
 * or other control character there is not allowed in XML, so no viewer would open the picture.
 */
export function cleanSvg(svg: string): string {
  return stripUnseen(svg)
}

/** An SVG document of `ids`, fonts embedded, hidden characters stripped. */
export async function renderSvg(editor: Editor, ids: readonly TLShapeId[]): Promise<Blob> {
  const result = await editor.getSvgString([...ids], EXPORT_OPTIONS)
  if (!result) throw new Error('Nothing to export.')
  return new Blob([cleanSvg(result.svg)], { type: 'image/svg+xml' })
}

/** A bitmap of `ids` at `pixelRatio`, decoded and ready to draw on a canvas. */
export async function renderBitmap(editor: Editor, ids: readonly TLShapeId[], pixelRatio: number): Promise<ImageBitmap> {
  const { blob } = await editor.toImage([...ids], { ...EXPORT_OPTIONS, format: 'png', pixelRatio })
  return createImageBitmap(blob)
}
