/**
 * What one synchronous piece of work did to a document, as one update: the room stores and
 * broadcasts exactly that, never the whole document. Yjs emits an update per transaction
 * (more than one when observers write in reaction), so they are collected and merged.
 */
import * as Y from 'yjs'

/** The updates of each document being captured. A capture is synchronous, so entries never outlive it. */
const capturing = new Map<Y.Doc, Uint8Array[]>()

/** One handler for every document and capture, so capturing allocates no closure per call. */
function collect(update: Uint8Array, _origin: unknown, doc: Y.Doc): void {
  capturing.get(doc)?.push(update)
}

/**
 * Runs `run` and returns the net update of every change it made to `doc` (merged when there
 * were several), or null when it changed nothing. A capture nested in another on the same
 * document hands its updates to the outer one as well.
 */
export function captureUpdates(doc: Y.Doc, run: () => void): Uint8Array | null {
  const updates: Uint8Array[] = []
  const outer = capturing.get(doc)
  capturing.set(doc, updates)
  // A handler is kept once per document (lib0 keeps a set), so only the outermost capture adds it.
  if (!outer) doc.on('update', collect)
  try {
    run()
  } finally {
    if (outer) {
      for (const update of updates) outer.push(update)
      capturing.set(doc, outer)
    } else {
      doc.off('update', collect)
      capturing.delete(doc)
    }
  }
  if (updates.length === 0) return null
  return updates.length === 1 ? (updates[0] ?? null) : Y.mergeUpdates(updates)
}
