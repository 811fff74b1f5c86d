/** Turning a stored snapshot plus its tail of updates back into a Y.Doc. */
import * as Y from 'yjs'
import type { StoredDocument } from './types'

/**
 * Applies the snapshot and then each tail update to `doc` in one transaction and returns the
 * last sequence number. An update that fails to apply is skipped and reported, so one bad
 * row never makes a whole board unloadable.
 */
export function applyStoredDocument(doc: Y.Doc, stored: StoredDocument, onSkippedUpdate: (seq: number, error: unknown) => void): number {
  let lastSeq = stored.snapshotSeq
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const { seq, update } of stored.updates) {
      try {
        Y.applyUpdate(doc, update)
      } catch (error) {
        onSkippedUpdate(seq, error)
      }
      lastSeq = seq
    }
  })
  return lastSeq
}
