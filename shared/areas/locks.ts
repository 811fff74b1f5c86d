/**
 * Locked areas: a facilitator freezes a frame and everything in it (tldraw's `isLocked` on each
 * shape), so participants can neither change what is there nor add to it. The server enforces
 * both (./lockRules.ts, declared in ./feature.ts). Pure functions over the document.
 */
import type * as Y from 'yjs'
import { asShape, descendantIds, isFrame } from './areas'
import { recordsMap } from '../boardDoc'

function setLocked(doc: Y.Doc, frameId: string, locked: boolean): boolean {
  const records = recordsMap(doc)
  if (!isFrame(records.get(frameId))) return false
  doc.transact(() => {
    for (const id of [frameId, ...descendantIds(doc, frameId)]) {
      const shape = asShape(records.get(id))
      // Only what changes is written: unchanged records would be rewritten for every peer.
      if (shape && shape.isLocked !== locked) records.set(id, { ...shape, isLocked: locked })
    }
  })
  return true
}

/** Locks the frame `frameId` and every shape inside it; false when there is no such frame. */
export function lockArea(doc: Y.Doc, frameId: string): boolean {
  return setLocked(doc, frameId, true)
}

/** Unlocks the frame `frameId` and every shape inside it; false when there is no such frame. */
export function unlockArea(doc: Y.Doc, frameId: string): boolean {
  return setLocked(doc, frameId, false)
}

/** True when `frameId` is a frame that is locked. */
export function isAreaLocked(doc: Y.Doc, frameId: string): boolean {
  const frame = recordsMap(doc).get(frameId)
  return isFrame(frame) && asShape(frame)?.isLocked === true
}
