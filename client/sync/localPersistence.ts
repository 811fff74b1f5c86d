/**
 * The board's copy in this browser's IndexedDB, so a reload while offline still shows the
 * board and edits made offline are not lost before the server has them.
 */
import { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'

/** A document kept in local storage until {@link LocalPersistence.destroy}. */
export interface LocalPersistence {
  /** Resolves once what was stored has been applied to the document. */
  readonly loaded: Promise<void>
  destroy(): void
}

/** The IndexedDB database name of a board. */
export function localDatabaseName(boardId: string): string {
  return `plenary:${boardId}`
}

/**
 * Keeps `doc` in IndexedDB under the board's name, or returns null where IndexedDB does not
 * exist (Node, some private modes): the board then simply works online only.
 */
export function openLocalPersistence(boardId: string, doc: Y.Doc): LocalPersistence | null {
  if (typeof indexedDB === 'undefined') return null
  const persistence = new IndexeddbPersistence(localDatabaseName(boardId), doc)
  return {
    loaded: persistence.whenSynced.then(() => undefined),
    destroy: () => {
      void persistence.destroy()
    },
  }
}
