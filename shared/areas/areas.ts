/**
 * Areas: frames and everything inside them, at any depth. The lock and anonymous features
 * (shared/areas/locks.ts, shared/areas/anonymous.ts) act on an area as a whole; these are the record walks
 * they share. Records are plain JSON as the `records` map stores them.
 */
import type * as Y from 'yjs'
import { recordsMap, type BoardRecords } from '../boardDoc'
import type { RecordLookup } from '../feature'

export type { RecordLookup } from '../feature'

/** Deepest parent chain walked; a cycle in a corrupt document must not hang a walk. */
const MAX_DEPTH = 64

/** The record as a plain object when it is a shape, else null. */
export function asShape(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  return record.typeName === 'shape' ? record : null
}

/** The record's `meta` object, or an empty one. */
export function metaOf(record: { meta?: unknown }): Record<string, unknown> {
  const meta = record.meta
  return typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {}
}

/** True when `value` is a tldraw frame record. */
export function isFrame(value: unknown): boolean {
  return asShape(value)?.type === 'frame'
}

/**
 * The nearest shape, starting at `startId` itself and walking up through parents, for which
 * `test` holds; its id, or null when the walk reaches the page without finding one.
 */
export function findUpFrom(records: RecordLookup, startId: unknown, test: (shape: Record<string, unknown>) => boolean): string | null {
  let id = startId
  for (let depth = 0; depth < MAX_DEPTH && typeof id === 'string'; depth++) {
    const shape = asShape(records.get(id))
    if (!shape) return null
    if (test(shape)) return id
    id = shape.parentId
  }
  return null
}

/** Ids of every shape inside `areaId`, at any depth, not including the area itself. */
export function descendantIds(doc: Y.Doc, areaId: string): string[] {
  return shapesBelow(recordsMap(doc), [areaId])
}

/**
 * Ids of every shape below `roots` in `records` (a board's records map), at any depth, not
 * including the roots: one index of the board's parents serves all roots.
 */
export function shapesBelow(records: Pick<BoardRecords, 'forEach'>, roots: readonly string[]): string[] {
  const children = new Map<string, string[]>()
  records.forEach((value, id) => {
    const parentId = asShape(value)?.parentId
    if (typeof parentId !== 'string') return
    const siblings = children.get(parentId)
    if (siblings) siblings.push(id)
    else children.set(parentId, [id])
  })
  const found: string[] = []
  const seen = new Set<string>(roots)
  const queue = [...roots]
  // An index instead of shift(): a big area's queue would be copied at every step.
  for (let next = 0; next < queue.length; next++) {
    for (const child of children.get(queue[next] as string) ?? []) {
      if (seen.has(child)) continue
      seen.add(child)
      found.push(child)
      queue.push(child)
    }
  }
  return found
}
