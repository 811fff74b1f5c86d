/**
 * A working group's area as records that travel between a community's boards: the area frame,
 * every shape inside it, the bindings between those shapes (arrows stay attached) and the
 * asset records its images use. Records keep their ids on every board, so the same note is the
 * same record on the standing board and on each meeting, which is what the sync back compares.
 * Fingerprints say whether a record or a coop changed since it was copied. Pure.
 */
import { toBase64UrlEncoded } from 'lib0/buffer'
import { digest } from 'lib0/hash/sha256'
import type * as Y from 'yjs'
import { readRecords, type StoredRecord } from '../boardDoc'
import { shapesBelow } from '../areas/areas'
import { assetPath, parseAssetSrc } from '../assets'
import type { Coop } from '../corners/roster'
import { asObject } from '../values'
import { WORKING_GROUP_META } from './maps'

/** The working-group id of an area frame (a frame whose meta carries {@link WORKING_GROUP_META}), or null. */
export function areaGroupId(record: unknown): string | null {
  const shape = asObject(record)
  if (!shape || shape.typeName !== 'shape' || shape.type !== 'frame') return null
  const id = asObject(shape.meta)?.[WORKING_GROUP_META]
  return typeof id === 'string' ? id : null
}

/** The asset id a shape shows (images, videos), or null. */
function assetIdOf(record: StoredRecord): string | null {
  const assetId = asObject(record.props)?.assetId
  return typeof assetId === 'string' ? assetId : null
}

/** True for a binding whose two ends are both in `ids`. */
function bindsWithin(record: StoredRecord, ids: ReadonlySet<string>): boolean {
  return (
    record.typeName === 'binding' &&
    typeof record.fromId === 'string' &&
    typeof record.toId === 'string' &&
    ids.has(record.fromId) &&
    ids.has(record.toId)
  )
}

/**
 * The records of the areas `areaIds` on `records` (a board's): each area frame first, then the
 * shapes inside (parents before children), the bindings between them and the assets they use.
 */
export function areaRecords(records: readonly StoredRecord[], areaIds: readonly string[]): StoredRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]))
  const roots = areaIds.filter((id) => areaGroupId(byId.get(id)) !== null)
  const lookup = { forEach: (visit: (value: unknown, id: string) => void) => byId.forEach((record, id) => visit(record, id)) }
  const inside = shapesBelow(lookup, roots)
  const shapes = [...roots, ...inside].map((id) => byId.get(id)).filter((record): record is StoredRecord => record !== undefined)
  const ids = new Set(shapes.map((shape) => shape.id))
  const assets = new Set(shapes.map(assetIdOf).filter((id): id is string => id !== null))
  const extra = records.filter((record) => bindsWithin(record, ids) || (record.typeName === 'asset' && assets.has(record.id)))
  return [...shapes, ...extra]
}

/** {@link areaRecords} read from a board document. */
export function readAreaRecords(doc: Y.Doc, areaIds: readonly string[]): StoredRecord[] {
  return areaRecords(readRecords(doc), areaIds)
}

/** JSON with object keys sorted, so equal values always give the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** The SHA-256 of `text` (its first 96 bits, base64url): short enough to keep one per copied record. */
function hashText(text: string): string {
  return toBase64UrlEncoded(digest(new TextEncoder().encode(text)).subarray(0, 12))
}

/**
 * The fingerprint of a copied record. An area frame sits elsewhere on each board, so its
 * place and stacking order are left out: only its size, label and meta count.
 */
export function recordFingerprint(record: StoredRecord): string {
  if (areaGroupId(record) === null) return hashText(canonicalJson(record))
  const { x: _x, y: _y, index: _index, ...rest } = record
  return hashText(canonicalJson(rest))
}

/** The fingerprint of a coop's details; its corner differs on each board and is left out. */
export function coopFingerprint(coop: Coop): string {
  const { cornerId: _cornerId, ...details } = coop
  return hashText(canonicalJson(details))
}

/** A fresh plain copy, so a document never shares objects with its source. */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** An asset's stored bytes to copy: from which board, under which hash. */
export interface AssetSource {
  boardId: string
  hash: string
}

/**
 * `records` as board `boardId` holds them: asset records that point into another board's asset
 * store point into `boardId`'s, and the bytes to copy there are listed.
 */
export function retargetAssets(records: readonly StoredRecord[], boardId: string): { records: StoredRecord[]; assets: AssetSource[] } {
  const assets: AssetSource[] = []
  const moved = records.map((record) => {
    const props = asObject(record.props)
    const source = record.typeName === 'asset' && typeof props?.src === 'string' ? parseAssetSrc(props.src) : null
    if (!source || source.boardId === boardId) return record
    assets.push(source)
    return { ...record, props: { ...props, src: assetPath(boardId, source.hash) } }
  })
  return { records: moved, assets }
}
