/** Stacking order for shapes written outside tldraw (imports, corners, breakout areas). */
import { getIndicesAbove, type IndexKey } from '@tldraw/utils'
import type { StoredRecord } from './boardDoc'

/**
 * `count` stacking indices above every shape in `shapes`. The server lets only valid keys in,
 * but a key tldraw cannot build on is skipped rather than trusted.
 */
export function indicesAboveShapes(shapes: readonly StoredRecord[], count: number): IndexKey[] {
  if (count === 0) return []
  const keys = shapes.map((shape) => shape.index).filter((index): index is string => typeof index === 'string')
  // Fractional index keys order as plain strings (code unit order), as tldraw sorts them.
  keys.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
  for (const top of keys) {
    try {
      return getIndicesAbove(top as IndexKey, count)
    } catch {
      // Not a valid index key: the next one down is still above the rest.
    }
  }
  return getIndicesAbove(null, count)
}

/** A record's stacking key, '' when it has none (a page or a shape written without one). */
function indexKeyOf(record: StoredRecord): string {
  return typeof record.index === 'string' ? record.index : ''
}

/** Orders records (pages, shapes) by their `index` as tldraw lists and stacks them, then by id, for a stable order. */
export function byIndex(a: StoredRecord, b: StoredRecord): number {
  const x = indexKeyOf(a)
  const y = indexKeyOf(b)
  return x < y ? -1 : x > y ? 1 : a.id.localeCompare(b.id)
}
