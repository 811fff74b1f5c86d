/**
 * A Miro board as tldraw records: the plan of an import, computed from the parsed JSON of a
 * Miro export and the page's current records, written later in one transaction. Pure: no
 * editor, no DOM, no network (images, which would need fetching, are skipped).
 *
 * What becomes what: sticky notes → notes (text, nearest colour, centre kept, size as the
 * note's scale); frames → frames with their titles, their children inside them; text → text
 * shapes; shapes → geo shapes where tldraw has the same geometry; connectors between two
 * imported items → arrows bound to both. Everything else is listed in the report with the
 * reason. The imported content keeps its layout and lands clear of what the page holds.
 */
import { getIndicesAbove } from '@tldraw/utils'
import type { StoredRecord } from '../boardDoc'
import { indicesAboveShapes } from '../shapeIndex'
import { boundsOf, type Box } from '../corners/geometry'
import { shapeBox, topLevelShapes } from '../corners/shapeBounds'
import { isBlankFill, solidColor, stickyColor } from './colors'
import { boxAround, clamp, degreesToRadians, topLeftForCentre, type Point } from './geometry'
import { htmlToRichText, type HtmlTextResult } from './htmlText'
import { readMiroInput, type MiroItem, type MiroRejectedItem } from './input'
import type { MiroFailure, MiroMessageParams, MiroReasonCode } from './messages'
import { arrowBindingRecord, arrowRecord, frameRecord, geoRecord, noteRecord, textRecord, type Arrowhead, type GeoKind, type Placement } from './records'

/**
 * The most records one import writes: the server applies at most 2,000 changed entries of one
 * update (server/policy/limits.ts) and an import is one update; the margin is the .tldr
 * import's, for updates merged while offline.
 */
export const MAX_IMPORT_RECORDS = 1_900

/** Longest HTML content read; longer content is skipped, not parsed. */
export const MAX_CONTENT_CHARS = 100_000

/** Longest text kept on one shape; the rest is cut (and reported). */
export const MAX_TEXT_CHARS = 5_000

/** Space between the page's existing content and the imported board. */
export const IMPORT_MARGIN = 400

/** Width of Miro's default square sticky note, which becomes tldraw's default note (scale 1). */
export const MIRO_STICKY_WIDTH = 199

/** tldraw's note side at scale 1. */
const NOTE_SIDE = 200

/** Miro shapes with a tldraw geo equivalent. */
const GEO_OF_MIRO_SHAPE: Readonly<Record<string, GeoKind>> = {
  rectangle: 'rectangle',
  round_rectangle: 'rectangle',
  flow_chart_process: 'rectangle',
  circle: 'ellipse',
  flow_chart_connector: 'ellipse',
  triangle: 'triangle',
  rhombus: 'diamond',
  flow_chart_decision: 'diamond',
  parallelogram: 'rhombus',
  flow_chart_input_output: 'rhombus',
  trapezoid: 'trapezoid',
  flow_chart_manual_operation: 'trapezoid',
  pentagon: 'pentagon',
  hexagon: 'hexagon',
  flow_chart_preparation: 'hexagon',
  octagon: 'octagon',
  star: 'star',
  cloud: 'cloud',
  right_arrow: 'arrow-right',
  left_arrow: 'arrow-left',
  flow_chart_terminator: 'oval',
}

/** Why types Plenary does not import are skipped. */
const SKIP_REASONS: Readonly<Record<string, readonly [MiroReasonCode, string]>> = {
  image: ['image', 'images are not imported: Plenary fetches nothing from other hosts'],
  document: ['document', 'documents are not imported: Plenary fetches nothing from other hosts'],
  embed: ['embed', 'embeds are not imported: Plenary shows no content from other hosts'],
  preview: ['preview', 'link previews are not imported: Plenary shows no content from other hosts'],
  card: ['card', 'cards have no tldraw equivalent'],
  app_card: ['appCard', 'app cards have no tldraw equivalent'],
  doc_format: ['docFormat', 'Miro docs have no tldraw equivalent'],
  mindmap_node: ['mindmap', 'mind maps have no tldraw equivalent'],
  table: ['table', 'tables have no tldraw equivalent'],
  kanban: ['kanban', 'kanban boards have no tldraw equivalent'],
}

/** What an import did and did not bring over. */
export interface MiroImportReport {
  /** Imported items by Miro type ("sticky_note", "frame", "text", "shape", "connector"). */
  imported: Record<string, number>
  /** Items left out, with the reason. */
  skipped: MiroRejectedItem[]
  /** Items imported with a change worth knowing (text cut). */
  adjusted: MiroRejectedItem[]
}

/** The records to write and what they contain. */
export interface MiroImportPlan {
  records: StoredRecord[]
  report: MiroImportReport
  /** The imported content's box on the page, for the camera; null when nothing is imported. */
  bounds: Box | null
}

/** Where the import goes. */
export interface MiroImportOptions {
  /** The page the content goes on. */
  pageId: string
  /** Every record of the board now: for placement clear of content, free ids and index keys. */
  records: readonly StoredRecord[]
}

/** A plan, or why there is none (nothing is written then). */
export type MiroImportResult = { ok: true; plan: MiroImportPlan } | MiroFailure

/** An item with its place worked out, in Miro's canvas coordinates, unrotated. */
interface Laid {
  item: MiroItem
  /** Centre in canvas coordinates. */
  centre: Point
  /** tldraw size of the shape. */
  w: number
  h: number
  radians: number
  /** The frame item it sits in, or null for the page. */
  frame: MiroItem | null
}

type Skip = (item: MiroItem, code: MiroReasonCode, reason: string, params?: MiroMessageParams) => void

function sizeOf(item: MiroItem, fallbackW: number, fallbackH: number): { w: number; h: number } {
  const w = item.geometry?.width
  const h = item.geometry?.height
  return {
    w: clamp(w !== undefined && w > 0 ? w : fallbackW, 1, 100_000),
    h: clamp(h !== undefined && h > 0 ? h : fallbackH, 1, 100_000),
  }
}

/** A note's scale from Miro's sticky width: Miro's default width is tldraw's default note. */
function noteScale(item: MiroItem): number {
  const width = item.geometry?.width ?? MIRO_STICKY_WIDTH
  const scale = width > 0 ? width / MIRO_STICKY_WIDTH : 1
  return Math.round(clamp(scale, 0.25, 8) * 100) / 100
}

/** The tldraw size of an item of a type we import. */
function tldrawSize(item: MiroItem): { w: number; h: number } {
  switch (item.type) {
    case 'sticky_note': {
      const side = NOTE_SIDE * noteScale(item)
      return { w: side, h: side }
    }
    case 'frame':
      return sizeOf(item, 1000, 800)
    case 'text':
      return sizeOf(item, 300, 50)
    default:
      return sizeOf(item, 100, 100)
  }
}

/** Whether the item's position is relative to its parent frame's top-left. */
function isParentRelative(item: MiroItem): boolean {
  return item.position?.relativeTo === 'parent_top_left'
}

/**
 * Lays out frames first (they sit on the canvas), then everything else, in or out of a frame.
 * An item placed relative to a parent that is not an imported frame cannot be placed: skipped.
 */
function layOut(items: readonly MiroItem[], skip: Skip): Laid[] {
  const laid: Laid[] = []
  const frames = new Map<string, Laid>()
  for (const item of items) {
    if (item.type !== 'frame') continue
    if (!item.position) {
      skip(item, 'noPosition', 'it has no position')
      continue
    }
    if (isParentRelative(item) && item.parent) {
      skip(item, 'nestedFrame', 'frames inside other items are not imported')
      continue
    }
    const { w, h } = tldrawSize(item)
    const entry: Laid = { item, centre: { x: item.position.x, y: item.position.y }, w, h, radians: 0, frame: null }
    frames.set(item.id, entry)
    laid.push(entry)
  }
  for (const item of items) {
    if (item.type === 'frame') continue
    if (!item.position) {
      skip(item, 'noPosition', 'it has no position')
      continue
    }
    const parent = item.parent ? frames.get(item.parent.id) : undefined
    if (item.parent && !parent && isParentRelative(item)) {
      skip(item, 'parentNotImported', `it sits inside item ${item.parent.id}, which was not imported`, { parent: item.parent.id })
      continue
    }
    const { w, h } = tldrawSize(item)
    const local = { x: item.position.x, y: item.position.y }
    const centre = parent && isParentRelative(item) ? { x: parent.centre.x - parent.w / 2 + local.x, y: parent.centre.y - parent.h / 2 + local.y } : local
    laid.push({ item, centre, w, h, radians: degreesToRadians(item.geometry?.rotation ?? 0), frame: parent?.item ?? null })
  }
  return laid
}

/** The offset that moves content covering `content` clear of the page's top-level shapes. */
function placementOffset(content: Box, existing: readonly StoredRecord[]): Point {
  const boxes = existing.map(shapeBox).filter((box): box is Box => box !== null)
  const occupied = boundsOf(boxes)
  if (!occupied) return { x: -content.x, y: -content.y }
  return { x: occupied.x + occupied.w + IMPORT_MARGIN - content.x, y: occupied.y - content.y }
}

/** `base`, or `base-2`, `base-3`, …: the first id not in `taken`, which it then joins. */
function claimId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** The rich text of HTML content, or a reason to skip the item. */
function contentText(html: string | undefined, item: MiroItem, adjusted: MiroRejectedItem[]): HtmlTextResult | null {
  const source = html ?? ''
  if (source.length > MAX_CONTENT_CHARS) return null
  const text = htmlToRichText(source, MAX_TEXT_CHARS)
  if (text.truncated) {
    adjusted.push({ id: item.id, type: item.type, reason: `text cut to ${MAX_TEXT_CHARS.toLocaleString('en')} characters`, code: 'textCut', params: { max: MAX_TEXT_CHARS } })
  }
  return text
}

function textSize(fontSize: string | number | undefined): 's' | 'm' | 'l' | 'xl' {
  const size = typeof fontSize === 'number' ? fontSize : Number.parseFloat(fontSize ?? '')
  if (!Number.isFinite(size) || size <= 20) return 's'
  if (size <= 32) return 'm'
  if (size <= 48) return 'l'
  return 'xl'
}

function textAlign(align: string | undefined): 'start' | 'middle' | 'end' {
  return align === 'center' ? 'middle' : align === 'right' ? 'end' : 'start'
}

function fillOpacity(value: string | number | undefined): number {
  const opacity = typeof value === 'number' ? value : Number.parseFloat(value ?? '1')
  return Number.isFinite(opacity) ? opacity : 1
}

/** tldraw's arrowhead for a Miro stroke cap. */
function arrowhead(cap: string | undefined, fallback: Arrowhead): Arrowhead {
  if (cap === undefined) return fallback
  if (cap === 'none') return 'none'
  if (cap.includes('triangle')) return 'triangle'
  if (cap.includes('diamond')) return 'diamond'
  if (cap.includes('oval') || cap.includes('circle')) return 'dot'
  if (cap.startsWith('erd_')) return 'bar'
  return 'arrow'
}

/** Plans the import of `input` (the parsed JSON of a Miro export) onto `options.pageId`. */
export function planMiroImport(input: unknown, options: MiroImportOptions): MiroImportResult {
  const read = readMiroInput(input)
  if (!read.ok) return read
  const skipped: MiroRejectedItem[] = [...read.input.rejected]
  const adjusted: MiroRejectedItem[] = []
  const skip: Skip = (item, code, reason, params) => skipped.push({ id: item.id, type: item.type, reason, code, ...(params ? { params } : {}) })

  const supported: MiroItem[] = []
  const connectors: MiroItem[] = []
  for (const item of read.input.items) {
    if (item.type === 'connector') connectors.push(item)
    else if (['sticky_note', 'frame', 'text', 'shape'].includes(item.type)) supported.push(item)
    else {
      const [code, reason] = SKIP_REASONS[item.type] ?? ['unknownType', `Miro items of type “${item.type}” have no tldraw equivalent`]
      skip(item, code, reason, { type: item.type })
    }
  }

  // Shapes without an equivalent geometry, and content we will not read, go before layout, so
  // nothing is placed for them.
  const texts = new Map<string, HtmlTextResult>()
  const kept: MiroItem[] = []
  for (const item of supported) {
    if (item.type === 'shape' && !Object.hasOwn(GEO_OF_MIRO_SHAPE, item.data?.shape ?? 'rectangle')) {
      skip(item, 'unknownShape', `tldraw has no “${item.data?.shape ?? ''}” shape`, { shape: item.data?.shape ?? '' })
      continue
    }
    if (item.type !== 'frame') {
      const text = contentText(item.data?.content, item, adjusted)
      if (text === null) {
        skip(item, 'textTooLong', `its text is longer than ${MAX_CONTENT_CHARS.toLocaleString('en')} characters`, { max: MAX_CONTENT_CHARS })
        continue
      }
      texts.set(item.id, text)
    }
    kept.push(item)
  }

  const laid = layOut(kept, skip)
  const topLevel = laid.filter((entry) => entry.frame === null)
  const content = boundsOf(topLevel.map((entry) => boxAround(entry.centre, entry.w, entry.h)))
  const existingTop = topLevelShapes(options.records, options.pageId)
  const offset = content ? placementOffset(content, existingTop) : { x: 0, y: 0 }

  const taken = new Set(options.records.map((record) => record.id))
  const shapeIds = new Map<string, string>()
  for (const entry of laid) shapeIds.set(entry.item.id, claimId(`shape:miro-${entry.item.id}`, taken))

  // Connectors between two imported items; the rest are reported.
  const arrows: { item: MiroItem; from: Laid; to: Laid; id: string }[] = []
  const laidById = new Map(laid.map((entry) => [entry.item.id, entry]))
  for (const item of connectors) {
    const from = item.startItem ? laidById.get(item.startItem.id) : undefined
    const to = item.endItem ? laidById.get(item.endItem.id) : undefined
    if (!item.startItem || !item.endItem) skip(item, 'notAttached', 'it is not attached to items at both ends')
    else if (!from || !to) skip(item, 'endNotImported', 'it connects an item that was not imported')
    else if (from === to) skip(item, 'selfConnected', 'it connects an item to itself')
    else arrows.push({ item, from, to, id: claimId(`shape:miro-${item.id}`, taken) })
  }

  const recordCount = laid.length + arrows.length * 3
  if (recordCount > MAX_IMPORT_RECORDS) {
    return {
      ok: false,
      error: `This board would add ${recordCount.toLocaleString('en')} shapes and links; one import adds at most ${MAX_IMPORT_RECORDS.toLocaleString('en')}. Export a part of the board (a few frames) and import the parts one by one.`,
      code: 'tooManyRecords',
      params: { count: recordCount, max: MAX_IMPORT_RECORDS },
    }
  }

  // Frames lowest, then the page-level items in file order, arrows on top.
  const pageOrder = [...topLevel.filter((e) => e.item.type === 'frame'), ...topLevel.filter((e) => e.item.type !== 'frame')]
  const pageIndices = indicesAboveShapes(existingTop, pageOrder.length + arrows.length)
  const indexOf = new Map<string, string>()
  pageOrder.forEach((entry, i) => indexOf.set(entry.item.id, pageIndices[i] ?? 'a1'))
  const childrenByFrame = new Map<string, Laid[]>()
  for (const entry of laid) {
    if (!entry.frame) continue
    const siblings = childrenByFrame.get(entry.frame.id)
    if (siblings) siblings.push(entry)
    else childrenByFrame.set(entry.frame.id, [entry])
  }
  for (const children of childrenByFrame.values()) {
    const keys = getIndicesAbove(null, children.length)
    children.forEach((entry, i) => indexOf.set(entry.item.id, keys[i] ?? 'a1'))
  }

  const records: StoredRecord[] = []
  const imported: Record<string, number> = {}
  const frameOf = new Map(laid.filter((e) => e.item.type === 'frame').map((e) => [e.item.id, e]))
  const pageCentre = (entry: Laid): Point => ({ x: entry.centre.x + offset.x, y: entry.centre.y + offset.y })

  for (const entry of [...pageOrder, ...laid.filter((e) => e.frame !== null)]) {
    const { item } = entry
    const frame = entry.frame ? frameOf.get(entry.frame.id) : undefined
    const corner = topLeftForCentre(entry.centre, entry.w, entry.h, entry.radians)
    const origin = frame ? { x: frame.centre.x - frame.w / 2, y: frame.centre.y - frame.h / 2 } : { x: -offset.x, y: -offset.y }
    const place: Placement = {
      id: shapeIds.get(item.id) ?? `shape:miro-${item.id}`,
      x: corner.x - origin.x,
      y: corner.y - origin.y,
      rotation: entry.radians,
      index: indexOf.get(item.id) ?? 'a1',
      parentId: frame ? (shapeIds.get(frame.item.id) ?? options.pageId) : options.pageId,
      miroId: item.id,
    }
    const text = texts.get(item.id)
    const richText = text?.richText ?? { type: 'doc' as const, content: [{ type: 'paragraph' as const }] }
    switch (item.type) {
      case 'sticky_note':
        records.push(noteRecord(place, { color: stickyColor(item.style?.fillColor), richText, scale: noteScale(item) }))
        break
      case 'frame': {
        const title = htmlToRichText(item.data?.title ?? '', 200).plainText.replace(/\s+/g, ' ')
        const fill = item.style?.fillColor
        records.push(frameRecord({ ...place, rotation: 0 }, { w: entry.w, h: entry.h, name: title, color: isBlankFill(fill) ? 'black' : solidColor(fill) }))
        break
      }
      case 'text':
        records.push(
          textRecord(place, {
            w: entry.w,
            richText,
            color: solidColor(item.style?.color),
            size: textSize(item.style?.fontSize),
            align: textAlign(item.style?.textAlign),
          }),
        )
        break
      default: {
        const fill = item.style?.fillColor
        const filled = !isBlankFill(fill) && fillOpacity(item.style?.fillOpacity) > 0
        records.push(
          geoRecord(place, {
            geo: GEO_OF_MIRO_SHAPE[item.data?.shape ?? 'rectangle'] ?? 'rectangle',
            w: entry.w,
            h: entry.h,
            color: filled ? solidColor(fill) : solidColor(item.style?.borderColor),
            filled,
            richText,
          }),
        )
      }
    }
    imported[item.type] = (imported[item.type] ?? 0) + 1
  }

  arrows.forEach(({ item, from, to, id }, i) => {
    const start = pageCentre(from)
    const end = pageCentre(to)
    const caption = item.captions?.[0]?.content
    const label = caption !== undefined ? htmlToRichText(caption.slice(0, MAX_CONTENT_CHARS), 500).richText : { type: 'doc' as const, content: [{ type: 'paragraph' as const }] }
    const place: Placement = { id, x: start.x, y: start.y, rotation: 0, index: pageIndices[pageOrder.length + i] ?? 'a1', parentId: options.pageId, miroId: item.id }
    records.push(
      arrowRecord(place, {
        end: { x: end.x - start.x, y: end.y - start.y },
        elbow: item.shape === 'elbowed',
        color: solidColor(item.style?.strokeColor),
        start: arrowhead(item.style?.startStrokeCap, 'none'),
        endHead: arrowhead(item.style?.endStrokeCap, 'arrow'),
        richText: label,
      }),
    )
    const bindingBase = `binding:${id.slice('shape:'.length)}`
    records.push(arrowBindingRecord(`${bindingBase}-start`, id, shapeIds.get(from.item.id) ?? '', 'start'))
    records.push(arrowBindingRecord(`${bindingBase}-end`, id, shapeIds.get(to.item.id) ?? '', 'end'))
    imported.connector = (imported.connector ?? 0) + 1
  })

  const bounds = content ? { ...content, x: content.x + offset.x, y: content.y + offset.y } : null
  return { ok: true, plan: { records, report: { imported, skipped, adjusted }, bounds } }
}
