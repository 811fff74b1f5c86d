/**
 * The PDF of a board's corners and group areas: one A4 landscape page per area, its title at
 * the top and its picture fitted below. Each page is drawn on a canvas (so titles in any
 * script use the system's fonts, and nothing is fetched) and stored as one JPEG; the pages
 * are assembled by pdfWriter.ts. Pages are made one at a time, reporting progress, and the
 * work stops at the next page once the signal is aborted.
 */
import type { Editor } from 'tldraw'
import type { TFunction } from 'i18next'
import { stripUnseen } from '../../../../shared/text/clean'
import type { PictureArea } from './areas'
import { writePdf, type PdfPage } from './pdfWriter'
import { renderBitmap, targetShapeIds } from './render'

/** A4 landscape in points. */
const PAGE = { width: 842, height: 595 } as const
/** Pixels per point: sharp enough to read a note's text when zoomed in or printed. */
const DENSITY = 3
const MARGIN = 36
const TITLE_SIZE = 20
const SUBTITLE_SIZE = 11
const HEADER_HEIGHT = 56

/** Progress of a PDF export: `done` of `total` pages made. */
export interface PdfProgress {
  done: number
  total: number
}

/** Thrown when the export was cancelled. */
export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled')
    this.name = 'ExportCancelled'
  }
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text
  const chars = [...text]
  while (chars.length > 1 && ctx.measureText(`${chars.join('')}…`).width > maxWidth) chars.pop()
  return `${chars.join('')}…`
}

async function canvasJpeg(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9))
  if (!blob) throw new Error('The browser could not encode a page.')
  return new Uint8Array(await blob.arrayBuffer())
}

/** One page: title, subtitle and the area's picture, fitted and centred. */
async function drawPage(editor: Editor, area: PictureArea, boardTitle: string, t: TFunction): Promise<PdfPage> {
  const canvas = document.createElement('canvas')
  canvas.width = PAGE.width * DENSITY
  canvas.height = PAGE.height * DENSITY
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('The browser has no canvas to draw pages on.')
  ctx.scale(DENSITY, DENSITY)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, PAGE.width, PAGE.height)
  ctx.fillStyle = '#1d1d1d'
  ctx.textBaseline = 'alphabetic'
  ctx.font = `600 ${TITLE_SIZE}px ${FONT}`
  // Titles are people's text: a bidi override would draw them in another order than written.
  ctx.fillText(fitText(ctx, stripUnseen(area.title), PAGE.width - 2 * MARGIN), MARGIN, MARGIN + TITLE_SIZE - 4)
  ctx.fillStyle = '#5f6368'
  ctx.font = `${SUBTITLE_SIZE}px ${FONT}`
  ctx.fillText(
    fitText(ctx, t(`pictures.pdf.subtitle.${area.kind}`, { board: stripUnseen(boardTitle) }), PAGE.width - 2 * MARGIN),
    MARGIN,
    MARGIN + TITLE_SIZE + SUBTITLE_SIZE + 4,
  )

  const box = { x: MARGIN, y: MARGIN + HEADER_HEIGHT, w: PAGE.width - 2 * MARGIN, h: PAGE.height - 2 * MARGIN - HEADER_HEIGHT }
  const ids = targetShapeIds(editor, { kind: 'area', area })
  if (ids.length > 0) {
    const bounds = editor.getShapePageBounds(ids[0]!)
    // Enough pixels for the picture to fill its box at the page's density, no more.
    const pixelRatio =
      bounds && bounds.w > 0 && bounds.h > 0
        ? Math.min(4, Math.max(0.25, DENSITY * Math.min(box.w / bounds.w, box.h / bounds.h) * 1.05))
        : 1
    const bitmap = await renderBitmap(editor, ids, pixelRatio)
    const scale = Math.min(box.w / bitmap.width, box.h / bitmap.height)
    const w = bitmap.width * scale
    const h = bitmap.height * scale
    ctx.imageSmoothingQuality = 'high'
    ctx.drawImage(bitmap, box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h)
    bitmap.close()
  }
  return { jpeg: await canvasJpeg(canvas), pixelWidth: canvas.width, pixelHeight: canvas.height, width: PAGE.width, height: PAGE.height }
}

/**
 * The PDF of `areas` (one page each, in order) as a Blob. Calls `onProgress` before the first
 * page and after each one; throws {@link ExportCancelled} when `signal` is aborted. Page
 * subtitles are in the words of `t`.
 */
export async function exportAreasPdf(
  editor: Editor,
  areas: readonly PictureArea[],
  boardTitle: string,
  onProgress: (progress: PdfProgress) => void,
  signal: AbortSignal,
  t: TFunction,
): Promise<Blob> {
  const pages: PdfPage[] = []
  onProgress({ done: 0, total: areas.length })
  for (const area of areas) {
    if (signal.aborted) throw new ExportCancelled()
    pages.push(await drawPage(editor, area, boardTitle, t))
    onProgress({ done: pages.length, total: areas.length })
  }
  if (signal.aborted) throw new ExportCancelled()
  const parts = writePdf(pages, { title: boardTitle, createdAt: new Date() })
  return new Blob(
    parts.map((part) => part.slice().buffer),
    { type: 'application/pdf' },
  )
}
