/**
 * Adding the content of a tldraw file to a board: as new pages, or onto the page the
 * facilitator is looking at. Works on records tldraw's own parser has already read and migrated
 * (client/features/snapshots/tldrImport.ts); here every id is replaced, so nothing collides
 * with the board, and records that point at something the file does not hold are dropped.
 * Plenary's own meaning in `meta` (a coop's corner, a breakout area) is not imported: a copied
 * corner would be a second corner of that coop. A note's author is kept. Pictures follow
 * tldrAssets.ts: embedded images come in through the asset store (uploaded before the plan),
 * anything that would load from elsewhere is left out with its shapes and counted by reason.
 */
import { getIndicesAbove, type IndexKey } from '@tldraw/utils'
import type { StoredRecord } from '../boardDoc'
import { byIndex } from '../shapeIndex'
import {
  assetIdOf,
  countLeftOut,
  importedAsset,
  REFUSED_SHAPE_TYPES,
  type TldrLeftOut,
  type TldrLeftOutReason,
  type UploadOutcome,
} from './tldrAssets'

/** Where imported shapes go. */
export type TldrImportMode = 'newPage' | 'currentPage'

/** What {@link planTldrImport} needs besides the file's records. */
export interface TldrImportOptions {
  mode: TldrImportMode
  /** The page the facilitator is on (`currentPage`). */
  targetPageId: string
  /** The board's records now (for page order and shape order on the target page). */
  existing: readonly StoredRecord[]
  /** Name of the new page when the file has one page ("Imported: plan.tldr"). */
  pageName: string
  /** Added to the position of shapes put on the current page, so they land in view. */
  offset: { x: number; y: number }
  /** Most bytes of JSON one record may have; bigger ones are left out. */
  maxRecordBytes: number
  /** The board imported into: an image already in its asset store is kept as it is. */
  boardId: string
  /** What uploading each embedded image gave, by the file's asset id (see `pendingUploads`). */
  uploads: ReadonlyMap<string, UploadOutcome>
  /** A new random id of a record type, e.g. `shape:Xy…` (tests pass a counter). */
  newId: (typeName: string) => string
}

/** What an import writes. */
export interface TldrImportPlan {
  records: StoredRecord[]
  /** The page to show afterwards. */
  pageId: string
  shapes: number
  /** Shapes (and, as `incomplete`, other records) left out, by reason. */
  leftOut: TldrLeftOut
  /** How many were left out in all. */
  skipped: number
}

function topIndex(records: readonly StoredRecord[]): IndexKey | null {
  const keys = records.map((r) => r.index).filter((index): index is string => typeof index === 'string')
  keys.sort()
  return (keys.at(-1) as IndexKey | undefined) ?? null
}

function indicesAbove(records: readonly StoredRecord[], count: number): IndexKey[] {
  try {
    return getIndicesAbove(topIndex(records), count)
  } catch {
    return getIndicesAbove(null, count)
  }
}

function jsonBytes(record: StoredRecord): number {
  return new TextEncoder().encode(JSON.stringify(record)).byteLength
}

function keptMeta(meta: unknown): Record<string, unknown> {
  if (typeof meta !== 'object' || meta === null) return {}
  const author = (meta as Record<string, unknown>).author
  return author === undefined ? {} : { author }
}

/** A random record id in tldraw's form (`<type>:` and 21 URL-safe characters). */
export function randomRecordId(typeName: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
  const bytes = new Uint8Array(21)
  crypto.getRandomValues(bytes)
  return `${typeName}:${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')}`
}

/** Plans the import of `file` (records of a parsed .tldr) into the board. */
export function planTldrImport(file: readonly StoredRecord[], options: TldrImportOptions): TldrImportPlan {
  const pages = file.filter((r) => r.typeName === 'page').sort(byIndex)
  const shapes = file.filter((r) => r.typeName === 'shape')
  const ids = new Map<string, string>()
  const leftOut: TldrLeftOut = {}

  // Assets first: one that may not come along is left out with its shapes, for its reason.
  const assets: StoredRecord[] = []
  const refusedAssets = new Map<string, TldrLeftOutReason>()
  for (const asset of file.filter((r) => r.typeName === 'asset')) {
    const imported = importedAsset(asset, options.boardId, options.uploads)
    if (!imported.ok) {
      refusedAssets.set(asset.id, imported.reason)
      continue
    }
    const id = options.newId('asset')
    const copy = { ...imported.asset, id, meta: {} }
    if (jsonBytes(copy) > options.maxRecordBytes) refusedAssets.set(asset.id, 'incomplete')
    else {
      ids.set(asset.id, id)
      assets.push(copy)
    }
  }
  // Shapes left out for a reason already reported: arrows bound to them lose that binding quietly.
  const reported = new Set<string>()

  const out: StoredRecord[] = []
  const pageIds = new Map<string, string>()
  if (options.mode === 'newPage') {
    const boardPages = options.existing.filter((r) => r.typeName === 'page')
    const indices = indicesAbove(boardPages, Math.max(1, pages.length))
    pages.forEach((page, i) => {
      const id = options.newId('page')
      pageIds.set(page.id, id)
      const name = pages.length === 1 ? options.pageName : `${options.pageName} · ${typeof page.name === 'string' ? page.name : i + 1}`
      out.push({ id, typeName: 'page', name: name.slice(0, 200), index: indices[i] ?? indices[0], meta: {} })
    })
  } else {
    for (const page of pages) pageIds.set(page.id, options.targetPageId)
  }
  for (const shape of shapes) ids.set(shape.id, options.newId('shape'))

  // Shapes directly on a page get new indices above the target page's shapes, in file order.
  const onPage = shapes.filter((s) => pageIds.has(s.parentId as string)).sort(byIndex)
  const targetShapes = options.existing.filter((r) => r.typeName === 'shape' && r.parentId === options.targetPageId)
  const topIndices = options.mode === 'currentPage' ? indicesAbove(targetShapes, onPage.length) : []
  const newIndex = new Map(onPage.map((shape, i) => [shape.id, topIndices[i]]))

  const kept = new Set<string>()
  // Parents before children, so a child is kept only when its parent is.
  const pending = [...shapes]
  let progress = true
  while (pending.length > 0 && progress) {
    progress = false
    for (let i = pending.length - 1; i >= 0; i--) {
      const shape = pending[i] as StoredRecord
      const parentId = shape.parentId as string
      const page = pageIds.get(parentId)
      const parentShape = kept.has(parentId) ? ids.get(parentId) : undefined
      if (!page && !parentShape && shapes.some((s) => s.id === parentId)) continue
      pending.splice(i, 1)
      progress = true
      const refusedType = REFUSED_SHAPE_TYPES[String(shape.type)]
      if (refusedType) {
        countLeftOut(leftOut, refusedType)
        reported.add(shape.id)
        continue
      }
      const props = typeof shape.props === 'object' && shape.props !== null ? { ...(shape.props as Record<string, unknown>) } : {}
      const fileAssetId = assetIdOf(shape)
      if (fileAssetId !== null) {
        const assetId = ids.get(fileAssetId)
        if (!assetId) {
          const reason = refusedAssets.get(fileAssetId) ?? 'incomplete'
          countLeftOut(leftOut, reason)
          if (reason !== 'incomplete') reported.add(shape.id)
          continue
        }
        props.assetId = assetId
      }
      if (!page && !parentShape) {
        countLeftOut(leftOut, 'incomplete')
        continue
      }
      const moved = page !== undefined && options.mode === 'currentPage'
      const copy: StoredRecord = {
        ...shape,
        id: ids.get(shape.id) as string,
        parentId: page ?? parentShape,
        meta: keptMeta(shape.meta),
        props,
        ...(moved
          ? { x: Number(shape.x) + options.offset.x, y: Number(shape.y) + options.offset.y, index: newIndex.get(shape.id) ?? shape.index }
          : {}),
      }
      kept.add(shape.id)
      out.push(copy)
    }
  }
  if (pending.length > 0) countLeftOut(leftOut, 'incomplete', pending.length)

  const usedAssets = new Set(
    out.flatMap((r) =>
      r.typeName === 'shape' && typeof (r.props as Record<string, unknown>).assetId === 'string'
        ? [(r.props as Record<string, unknown>).assetId as string]
        : [],
    ),
  )
  out.unshift(...assets.filter((asset) => usedAssets.has(asset.id)))

  for (const binding of file.filter((r) => r.typeName === 'binding')) {
    const fromId = kept.has(binding.fromId as string) ? ids.get(binding.fromId as string) : undefined
    const toId = kept.has(binding.toId as string) ? ids.get(binding.toId as string) : undefined
    if (!fromId || !toId) {
      if (!reported.has(binding.fromId as string) && !reported.has(binding.toId as string)) countLeftOut(leftOut, 'incomplete')
      continue
    }
    out.push({ ...binding, id: options.newId('binding'), fromId, toId, meta: {} })
  }

  const firstPage = options.mode === 'newPage' ? out.find((r) => r.typeName === 'page')?.id : undefined
  const skipped = Object.values(leftOut).reduce((sum, n) => sum + n, 0)
  return { records: out, pageId: firstPage ?? options.targetPageId, shapes: kept.size, leftOut, skipped }
}
