/**
 * A Miro board as tldraw records: the plan of an import, computed from the parsed JSON of a
 * Miro export and the page's current records, written later in one transaction. Pure: no
 * editor, no DOM, no network (images, which would need fetching, become placeholders).
 *
 * What becomes what: sticky notes → notes (text, nearest colour, centre kept, size as the
 * note's scale); cards → notes (title in bold, description under it); frames → frames with
 * their titles, their children inside them; text → text shapes; shapes → geo shapes where
 * tldraw has the same geometry; images, documents and embeds → dashed placeholders labelled
 * in the importer's words; connectors between two imported items → arrows bound to both,
 * dashed, dotted, curved or elbowed as in Miro. Every item left out is listed in the report
 * with the reason, and what the imported ones had without an equivalent (authors, times,
 * fonts, card fields…) by kind and count. The imported content keeps its layout (far
 * outliers brought beside the rest, outliers.ts) and lands clear of what the page holds.
 */
import { getIndicesAbove } from '@tldraw/utils'
import type { StoredRecord } from '../boardDoc'
import { indicesAboveShapes } from '../shapeIndex'
import { boundsOf, type Box } from '../geometry'
import { shapeBox, topLevelShapes } from '../shapeBounds'
import { boxAround, topLeftForCentre, type Point } from './geometry'
import { readMiroInput, type MiroItem, type MiroRejectedItem } from './input'
import { connectorRecords } from './connectorRecords'
import { itemRecord } from './itemRecords'
import { cornerOf, layOut, type Laid, type Skip } from './layOut'
import { lostFields, type MiroLost } from './lostFields'
import { bringInOutliers, outlierReport } from './outliers'
import type { MiroFailure } from './messages'
import { ENGLISH_WORDS, type MiroImportWords } from './placeholders'
import type { Placement } from './records'
import { sortItems } from './sortItems'

/**
 * The most records one import writes: the server applies at most 2,000 changed entries of one
 * update (server/policy/limits.ts) and an import is one update; the margin is the .tldr
 * import's, for updates merged while offline.
 */
export const MAX_IMPORT_RECORDS = 1_900

/** Space between the page's existing content and the imported board. */
export const IMPORT_MARGIN = 400

/** What an import did and did not bring over. */
export interface MiroImportReport {
  /** Imported items by Miro type ("sticky_note", "frame", "text", "shape", "connector"). */
  imported: Record<string, number>
  /** Items left out, with the reason. */
  skipped: MiroRejectedItem[]
  /** Items imported with a change worth knowing (text cut). */
  adjusted: MiroRejectedItem[]
  /** What the imported items had without a tldraw equivalent (authors, times, fonts, card fields…), by kind and count. */
  lost: MiroLost[]
}

/** The records to write and what they contain. */
export interface MiroImportPlan {
  records: StoredRecord[]
  report: MiroImportReport
  /** The imported content's box on the page, for the camera; null when nothing is imported. */
  bounds: Box | null
  /** What the camera shows when `bounds` would not read: the main content with the outliers brought beside it (outliers.ts). */
  focus: Box | null
}

/** Where the import goes. */
export interface MiroImportOptions {
  /** The page the content goes on. */
  pageId: string
  /** Every record of the board now: for placement clear of content, free ids and index keys. */
  records: readonly StoredRecord[]
  /** The words written into the board (placeholders' labels), in the importer's language; English by default. */
  words?: MiroImportWords
}

/** A plan, or why there is none (nothing is written then). */
export type MiroImportResult = { ok: true; plan: MiroImportPlan } | MiroFailure

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

/** A connector both of whose ends were imported. */
interface Arrow {
  item: MiroItem
  from: Laid
  to: Laid
  id: string
}

/** Connectors between two imported items; the rest are reported. */
function matchConnectors(connectors: readonly MiroItem[], laid: readonly Laid[], skip: Skip, taken: Set<string>): Arrow[] {
  const arrows: Arrow[] = []
  const laidById = new Map(laid.map((entry) => [entry.item.id, entry]))
  for (const item of connectors) {
    const from = item.startItem ? laidById.get(item.startItem.id) : undefined
    const to = item.endItem ? laidById.get(item.endItem.id) : undefined
    if (!item.startItem || !item.endItem) skip(item, 'notAttached', 'it is not attached to items at both ends')
    else if (!from || !to) skip(item, 'endNotImported', 'it connects an item that was not imported')
    else if (from === to) skip(item, 'selfConnected', 'it connects an item to itself')
    else arrows.push({ item, from, to, id: claimId(`shape:miro-${item.id}`, taken) })
  }
  return arrows
}

/** Index keys by Miro id: `pageIndices` for the page's items in order, fresh keys inside each frame. */
function stackingIndices(pageOrder: readonly Laid[], pageIndices: readonly string[], laid: readonly Laid[]): Map<string, string> {
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
  return indexOf
}

/** Plans the import of `input` (the parsed JSON of a Miro export) onto `options.pageId`. */
export function planMiroImport(input: unknown, options: MiroImportOptions): MiroImportResult {
  const read = readMiroInput(input)
  if (!read.ok) return read
  const skipped: MiroRejectedItem[] = [...read.input.rejected]
  const adjusted: MiroRejectedItem[] = []
  const skip: Skip = (item, code, reason, params) =>
    skipped.push({ id: item.id, type: item.type, reason, code, ...(params ? { params } : {}) })

  const { kept, connectors, texts } = sortItems(read.input.items, skip, adjusted, options.words ?? ENGLISH_WORDS)
  // layOut is linear and says what can be placed; the count is checked before the
  // clustering of outliers, which is quadratic in the items.
  const placed = layOut(kept, skip)
  const taken = new Set(options.records.map((record) => record.id))
  const shapeIds = new Map<string, string>()
  for (const entry of placed) shapeIds.set(entry.item.id, claimId(`shape:miro-${entry.item.id}`, taken))
  const matched = matchConnectors(connectors, placed, skip, taken)

  const recordCount = placed.length + matched.length * 3
  if (recordCount > MAX_IMPORT_RECORDS) {
    return {
      ok: false,
      error: `This board would add ${recordCount.toLocaleString('en')} shapes and links; one import adds at most ${MAX_IMPORT_RECORDS.toLocaleString('en')}. Export a part of the board (a few frames) and import the parts one by one.`,
      code: 'tooManyRecords',
      params: { count: recordCount, max: MAX_IMPORT_RECORDS },
    }
  }

  const { laid, moved, focus } = bringInOutliers(placed)
  adjusted.push(...outlierReport(moved))
  // bringInOutliers keeps the order of its entries, replacing the ones it moved.
  const now = new Map(placed.map((entry, i) => [entry, laid[i] ?? entry]))
  const arrows = matched.map((arrow) => ({ ...arrow, from: now.get(arrow.from) ?? arrow.from, to: now.get(arrow.to) ?? arrow.to }))
  const topLevel = laid.filter((entry) => entry.frame === null)
  const content = boundsOf(topLevel.map((entry) => boxAround(entry.centre, entry.w, entry.h)))
  const existingTop = topLevelShapes(options.records, options.pageId)
  const offset = content ? placementOffset(content, existingTop) : { x: 0, y: 0 }

  // Frames lowest, then the page-level items in file order, arrows on top.
  const pageOrder = [...topLevel.filter((e) => e.item.type === 'frame'), ...topLevel.filter((e) => e.item.type !== 'frame')]
  const pageIndices = indicesAboveShapes(existingTop, pageOrder.length + arrows.length)
  const indexOf = stackingIndices(pageOrder, pageIndices, laid)

  const records: StoredRecord[] = []
  const imported: Record<string, number> = {}
  const frameOf = new Map(laid.filter((e) => e.item.type === 'frame').map((e) => [e.item.id, e]))
  const pageCentre = (entry: Laid): Point => ({ x: entry.centre.x + offset.x, y: entry.centre.y + offset.y })

  for (const entry of [...pageOrder, ...laid.filter((e) => e.frame !== null)]) {
    const { item } = entry
    const frame = entry.frame ? frameOf.get(entry.frame.id) : undefined
    const corner = topLeftForCentre(entry.centre, entry.w, entry.h, entry.radians)
    const origin = frame ? cornerOf(frame) : { x: -offset.x, y: -offset.y }
    const place: Placement = {
      id: shapeIds.get(item.id) ?? `shape:miro-${item.id}`,
      x: corner.x - origin.x,
      y: corner.y - origin.y,
      rotation: entry.radians,
      index: indexOf.get(item.id) ?? 'a1',
      parentId: frame ? (shapeIds.get(frame.item.id) ?? options.pageId) : options.pageId,
      miroId: item.id,
    }
    records.push(itemRecord(entry, place, texts.get(item.id)))
    imported[item.type] = (imported[item.type] ?? 0) + 1
  }

  arrows.forEach(({ item, from, to, id }, i) => {
    records.push(
      ...connectorRecords({
        item,
        id,
        index: pageIndices[pageOrder.length + i] ?? 'a1',
        pageId: options.pageId,
        start: pageCentre(from),
        end: pageCentre(to),
        fromId: shapeIds.get(from.item.id) ?? '',
        toId: shapeIds.get(to.item.id) ?? '',
      }),
    )
    imported.connector = (imported.connector ?? 0) + 1
  })

  const onPage = (box: Box): Box => ({ ...box, x: box.x + offset.x, y: box.y + offset.y })
  const bounds = content ? onPage(content) : null
  return {
    ok: true,
    plan: {
      records,
      report: { imported, skipped, adjusted, lost: lostFields([...laid.map((e) => e.item), ...arrows.map((a) => a.item)]) },
      bounds,
      focus: focus ? onPage(focus) : null,
    },
  }
}
