/**
 * Anonymous areas: a facilitator marks a frame `meta.anonymous: true`, and notes inside it (at
 * any depth) carry no author — not in the UI, the document or the export. The client never
 * stamps one there, strips it from notes moved in, and the server refuses a note in an
 * anonymous area that still carries `meta.author` (server/policy/anonymousRules.ts).
 */
import type * as Y from 'yjs'
import { asShape, descendantIds, findUpFrom, isFrame, metaOf, type RecordLookup } from './areas'
import { recordsMap } from './boardDoc'

/** The meta key that marks a frame as an anonymous area. */
export const ANONYMOUS_META_KEY = 'anonymous'

/** True when `record` is a frame marked anonymous. */
export function isAnonymousArea(record: unknown): boolean {
  const shape = asShape(record)
  return shape !== null && shape.type === 'frame' && metaOf(shape)[ANONYMOUS_META_KEY] === true
}

/** The id of the nearest anonymous area at or above `parentId` (a shape's parent), or null. */
export function anonymousAreaFrom(records: RecordLookup, parentId: unknown): string | null {
  return findUpFrom(records, parentId, isAnonymousArea)
}

/** The id of the nearest anonymous area that `shapeId` sits inside (itself excluded), or null. */
export function anonymousAncestor(records: RecordLookup, shapeId: string): string | null {
  const shape = asShape(records.get(shapeId))
  return shape ? anonymousAreaFrom(records, shape.parentId) : null
}

/** True when `record` is a note with an author in its meta. */
export function hasAuthor(record: unknown): boolean {
  const shape = asShape(record)
  return shape !== null && shape.type === 'note' && metaOf(shape).author !== undefined
}

/** `record` without `meta.author`. */
export function withoutAuthor<T extends { meta?: unknown }>(record: T): T {
  const { author: _dropped, ...meta } = metaOf(record)
  return { ...record, meta }
}

/**
 * Marks the frame `frameId` anonymous (`on`) or shows authors again. Marking it also strips the
 * author of every note already inside, in the same transaction, so the document never holds an
 * authored note in an anonymous area (and the server, which refuses those, accepts the change).
 * Authors stripped are gone: showing authors again only applies to notes written afterwards.
 * Returns false when there is no such frame.
 */
export function setAreaAnonymous(doc: Y.Doc, frameId: string, on: boolean): boolean {
  const records = recordsMap(doc)
  const frame = asShape(records.get(frameId))
  if (!frame || !isFrame(frame)) return false
  doc.transact(() => {
    const { [ANONYMOUS_META_KEY]: _previous, ...meta } = metaOf(frame)
    records.set(frameId, { ...frame, meta: on ? { ...meta, [ANONYMOUS_META_KEY]: true } : meta })
    if (!on) return
    for (const id of descendantIds(doc, frameId)) {
      const shape = asShape(records.get(id))
      if (shape && hasAuthor(shape)) records.set(id, withoutAuthor(shape))
    }
  })
  return true
}
