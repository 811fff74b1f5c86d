/**
 * Anonymous areas: a facilitator marks a frame `meta.anonymous: true`, and shapes inside it (at
 * any depth) name no writer — not in the UI, the document or the export. Two fields can: our
 * `meta.author` and tldraw's `props.textLastEditedBy` (the participant id tldraw sets on every
 * text edit of a note, which the board's `user:` record turns into a name). The client never
 * writes either there, and the server clears them from whatever reaches one
 * (./anonymousRules.ts).
 */
import type * as Y from 'yjs'
import { asShape, descendantIds, findUpFrom, isFrame, metaOf, type RecordLookup } from './areas'
import { recordsMap } from '../boardDoc'

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
export function withoutAuthor<T extends object>(record: T): T {
  const fields: { meta?: unknown } = record
  const { author: _dropped, ...meta } = metaOf(fields)
  return { ...record, meta }
}

function propsOf(record: { props?: unknown }): Record<string, unknown> | null {
  const props = record.props
  return typeof props === 'object' && props !== null && !Array.isArray(props) ? (props as Record<string, unknown>) : null
}

/**
 * tldraw's note props holding a participant id: `textLastEditedBy` (tldraw 5.4), and
 * `textFirstEditedBy`, its name under the older note schema a stored board may still be in.
 */
const WRITER_PROPS = ['textLastEditedBy', 'textFirstEditedBy'] as const

function namedIn(props: Record<string, unknown> | null): boolean {
  return props !== null && WRITER_PROPS.some((key) => props[key] !== undefined && props[key] !== null && props[key] !== '')
}

/**
 * True when `record` is a shape that names who wrote it: a `meta.author` (on any shape, since a
 * client may put one anywhere) or a non-empty `props.textLastEditedBy`.
 */
export function namesWriter(record: unknown): boolean {
  const shape = asShape(record)
  return shape !== null && (metaOf(shape).author !== undefined || namedIn(propsOf(shape)))
}

/**
 * `record` naming no writer: without `meta.author`, and `props.textLastEditedBy` null when the
 * shape has that prop (null is what tldraw writes for "nobody", so the record stays valid).
 */
export function withoutWriter<T extends object>(record: T): T {
  const fields: { meta?: unknown; props?: unknown } = record
  const stripped = 'author' in metaOf(fields) ? withoutAuthor(record) : record
  const props = propsOf(fields)
  if (!namedIn(props)) return stripped
  const cleared = Object.fromEntries(WRITER_PROPS.filter((key) => props !== null && key in props).map((key) => [key, null]))
  return { ...stripped, props: { ...props, ...cleared } }
}

/**
 * `record` as it may leave the board: naming no writer when it is a shape in an anonymous area
 * of `records`. For readers of documents the server has not cleared (a board or snapshot stored
 * before it cleared `textLastEditedBy`), so an export of one names nobody either.
 */
export function namelessInAnonymousArea<T extends object>(records: RecordLookup, record: T): T {
  if (!namesWriter(record)) return record
  return anonymousAreaFrom(records, asShape(record)?.parentId) === null ? record : withoutWriter(record)
}

/** True when `shapeId` is an anonymous area or sits inside one, at any depth. */
export function isInAnonymousArea(records: RecordLookup, shapeId: string): boolean {
  return anonymousAreaFrom(records, shapeId) !== null
}

/**
 * Marks the frame `frameId` anonymous (`on`) or shows authors again. Marking it also clears the
 * writer (author and `textLastEditedBy`) of every shape already inside, in the same transaction,
 * so the document never names a writer in an anonymous area.
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
      if (shape && namesWriter(shape)) records.replace(id, withoutWriter(shape))
    }
  })
  return true
}
