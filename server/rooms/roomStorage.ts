/**
 * A room's side of the store: appends the net updates of each batch, and compacts the log
 * into a snapshot every `compactEvery` updates so loading never replays a long tail (merging
 * the whole raw log is superlinear).
 */
import * as Y from 'yjs'
import type { Logger } from '../logger'
import type { BoardStore } from '../persistence/types'
import type { RoomEvents } from './roomDeps'
import type { TaskQueue } from './taskQueue'

/** What a room's storage needs. */
export interface RoomStorageDeps {
  boardId: string
  doc: Y.Doc
  store: BoardStore
  logger: Logger
  events?: RoomEvents
  compactEvery: number
  queue: TaskQueue
  isClosed(): boolean
  /** Storing failed: the room must be dropped without storing its memory state. */
  onFailure(): void
}

/** Where the stored log stands, as the load found it. */
export interface StoredSeqs {
  lastAppliedSeq: number
  snapshotSeq: number
  /** Updates stored after the snapshot. */
  tail: number
}

/** Stores and compacts one room's document. */
export class RoomStorage {
  private lastAppliedSeq: number
  private snapshotSeq: number
  private updatesSinceCompaction: number

  constructor(
    private readonly deps: RoomStorageDeps,
    seqs: StoredSeqs,
  ) {
    this.lastAppliedSeq = seqs.lastAppliedSeq
    this.snapshotSeq = seqs.snapshotSeq
    this.updatesSinceCompaction = seqs.tail
  }

  /** Stores net updates in one transaction; on failure drops the room so no unstored state is ever served. */
  async storeNets(nets: readonly Uint8Array[]): Promise<boolean> {
    const { deps } = this
    const started = performance.now()
    let seq: number
    try {
      seq = await deps.store.appendUpdates(deps.boardId, nets)
    } catch (error) {
      deps.logger.error({ boardId: deps.boardId, err: error }, 'storing an update failed; dropping the room')
      // Clients still hold their changes and send them again when they reconnect.
      deps.onFailure()
      return false
    }
    const ms = performance.now() - started
    for (const net of nets) deps.events?.stored?.(ms / nets.length, net.byteLength)
    this.lastAppliedSeq = seq
    this.updatesSinceCompaction += nets.length
    if (this.updatesSinceCompaction >= deps.compactEvery) this.scheduleCompaction()
    return true
  }

  /** Compacts soon if the tail the load found is already long. */
  compactIfDue(): void {
    if (this.updatesSinceCompaction >= this.deps.compactEvery) this.scheduleCompaction()
  }

  /** Compacts what was stored since the last snapshot, if anything (the room is closing). */
  async compactRest(): Promise<void> {
    if (this.lastAppliedSeq > this.snapshotSeq) await this.compact()
  }

  private scheduleCompaction(): void {
    this.updatesSinceCompaction = 0
    // Run in the queue so no update is applied between encoding the snapshot and storing it.
    setImmediate(() => {
      if (!this.deps.isClosed()) this.deps.queue.enqueue(() => this.compact())
    })
  }

  private async compact(): Promise<void> {
    const { deps } = this
    const throughSeq = this.lastAppliedSeq
    if (throughSeq <= this.snapshotSeq) return
    const started = performance.now()
    const snapshot = Y.encodeStateAsUpdate(deps.doc)
    try {
      await deps.store.compact(deps.boardId, snapshot, throughSeq)
    } catch (error) {
      deps.events?.compactionFailed?.()
      throw error
    }
    this.snapshotSeq = throughSeq
    const ms = performance.now() - started
    deps.events?.compacted?.(ms, snapshot.byteLength)
    deps.logger.debug({ boardId: deps.boardId, throughSeq, bytes: snapshot.byteLength, ms: Math.round(ms) }, 'compacted')
  }
}
