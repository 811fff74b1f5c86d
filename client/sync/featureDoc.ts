/**
 * Plenary's own state in an open board (breakouts, the stage, votes, decisions): a feature
 * reads a named map of the document and writes through shared pure functions, always in one
 * transaction tagged {@link FEATURE_ORIGIN}, so it leaves as one update and the binding applies
 * any records it wrote to the tldraw store as remote changes. Components never get the Y.Doc;
 * they call features' hooks, which go through this.
 */
import type * as Y from 'yjs'
import { RECORD_PART_MAPS, RECORDS_MAP, readRecords, type StoredRecord } from '../../shared/boardDoc'
import { FEATURE_ORIGIN } from './origins'

/** One board document, as features see it; see {@link createFeatureDoc}. */
export interface FeatureDoc {
  /** False for a view-only session: the server drops its writes, so it makes none. */
  readonly canWrite: boolean
  /** Runs `reader` against the document now. Readers must not write. */
  read<T>(reader: (doc: Y.Doc) => T): T
  /**
   * Every tldraw record in the document now, as the plain JSON the document holds (what the
   * shared planners take). Read from the document, not the tldraw store, which can lag it by a
   * microtask for remote changes: a plan read and written in one step sees what it writes over.
   */
  records(): StoredRecord[]
  /** Runs `writer` in one transaction; false (and nothing run) when `canWrite` is false. */
  write(writer: (doc: Y.Doc) => void): boolean
  /**
   * Calls `listener` after any transaction that changed one of the top-level maps `names`
   * (entries or anything inside them). Returns the unsubscribe.
   */
  subscribe(names: readonly string[], listener: () => void): () => void
  /** Drops every listener. */
  destroy(): void
}

/** Opens `doc` for features. Call `destroy` before the document goes away. */
export function createFeatureDoc(doc: Y.Doc, options: { canWrite: boolean }): FeatureDoc {
  const listeners = new Map<() => void, ReadonlySet<string>>()
  let destroyed = false

  const onAfterTransaction = (transaction: Y.Transaction): void => {
    if (listeners.size === 0) return
    const changed = new Set<string>()
    for (const type of transaction.changedParentTypes.keys()) {
      // Only top-level types matter; a nested type's change also marks its root.
      if (type._item === null) changed.add(rootName(doc, type))
    }
    for (const [listener, names] of [...listeners]) {
      for (const name of names) {
        if (changed.has(name)) {
          listener()
          break
        }
      }
    }
  }
  doc.on('afterTransaction', onAfterTransaction)

  return {
    canWrite: options.canWrite,
    read: (reader) => reader(doc),
    records: () => readRecords(doc),
    write(writer) {
      if (!options.canWrite || destroyed) return false
      doc.transact(() => writer(doc), FEATURE_ORIGIN)
      return true
    },
    subscribe(names, listener) {
      // The records are stored in pieces (a base and changed parts); a subscriber to them hears every piece.
      const watched = new Set(names)
      if (watched.has(RECORDS_MAP)) for (const part of RECORD_PART_MAPS) watched.add(part)
      listeners.set(listener, watched)
      return () => {
        listeners.delete(listener)
      }
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      doc.off('afterTransaction', onAfterTransaction)
      listeners.clear()
    },
  }
}

function rootName(doc: Y.Doc, type: object): string {
  for (const [name, shared] of doc.share) if (shared === type) return name
  return ''
}
