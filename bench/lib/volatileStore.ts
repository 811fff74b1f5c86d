/**
 * A BoardStore for the throughput benchmark's "persistence off" server: boards, tokens and
 * named snapshots go to the real store it wraps (so joining works exactly as deployed), but
 * document updates and compactions are only kept in this process's memory. Never used by
 * the product: it loses every edit when the process ends.
 */
import type { BoardStore, StoredDocument } from '../../server/persistence/types'

interface VolatileDocument {
  snapshot: Uint8Array | null
  snapshotSeq: number
  updates: { seq: number; update: Uint8Array }[]
  nextSeq: number
}

/** `durable` with appendUpdate, compact and loadDocument replaced by in-memory ones. */
export function volatileDocuments(durable: BoardStore): BoardStore {
  const documents = new Map<string, VolatileDocument>()
  const documentOf = async (boardId: string): Promise<VolatileDocument> => {
    let document = documents.get(boardId)
    if (!document) {
      // A board stored before this process started keeps what it had (none in the benchmark).
      const stored = await durable.loadDocument(boardId)
      const last = stored.updates.at(-1)?.seq ?? stored.snapshotSeq
      document = { ...stored, updates: [...stored.updates], nextSeq: last + 1 }
      documents.set(boardId, document)
    }
    return document
  }
  return {
    ...durable,
    async loadDocument(boardId: string): Promise<StoredDocument> {
      const { snapshot, snapshotSeq, updates } = await documentOf(boardId)
      return { snapshot, snapshotSeq, updates: [...updates] }
    },
    async appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
      // No await when the board is known, so the off run adds no ticks the SQLite store does not.
      const document = documents.get(boardId) ?? (await documentOf(boardId))
      const seq = document.nextSeq++
      document.updates.push({ seq, update })
      return seq
    },
    async appendUpdates(boardId: string, updates: readonly Uint8Array[]): Promise<number> {
      const document = documents.get(boardId) ?? (await documentOf(boardId))
      for (const update of updates) document.updates.push({ seq: document.nextSeq++, update })
      return document.nextSeq - 1
    },
    async compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
      const document = await documentOf(boardId)
      document.snapshot = snapshot
      document.snapshotSeq = throughSeq
      document.updates = document.updates.filter((entry) => entry.seq > throughSeq)
    },
  }
}
