/**
 * One live board: its Y.Doc, its awareness and its connections. Updates are stored before
 * they are applied and broadcast, one at a time in arrival order, so nothing anyone has seen
 * can be lost by a crash. Dependencies (storage, logging) are injected.
 */
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol'
import type { Logger } from '../logger'
import { applyStoredDocument } from '../persistence/storedDocument'
import type { BoardStore } from '../persistence/types'
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../sync/messages'
import type { RoomConnection, RoomSocket } from './RoomSocket'

/** What a room needs from the outside. */
export interface RoomDeps {
  store: BoardStore
  logger: Logger
  /** Compact the stored log into a snapshot after this many appended updates. */
  compactEvery: number
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/** A loaded board with its connections. Create with {@link Room.load}. */
export class Room {
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  private readonly connections = new Set<RoomConnection>()
  private queue: Promise<void> = Promise.resolve()
  private lastAppliedSeq: number
  private snapshotSeq: number
  private updatesSinceCompaction: number
  private closed = false

  private constructor(
    readonly boardId: string,
    private readonly deps: RoomDeps,
    doc: Y.Doc,
    seqs: { lastAppliedSeq: number; snapshotSeq: number; tail: number },
  ) {
    this.doc = doc
    this.lastAppliedSeq = seqs.lastAppliedSeq
    this.snapshotSeq = seqs.snapshotSeq
    this.updatesSinceCompaction = seqs.tail
    this.awareness = new awarenessProtocol.Awareness(doc)
    // The server has no presence of its own.
    this.awareness.setLocalState(null)
    doc.on('update', this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** Loads a board's document from storage: the snapshot, then the short tail of updates. */
  static async load(boardId: string, deps: RoomDeps): Promise<Room> {
    const stored = await deps.store.loadDocument(boardId)
    const doc = new Y.Doc()
    const lastAppliedSeq = applyStoredDocument(doc, stored, (seq, error) =>
      deps.logger.error({ boardId, seq, err: error }, 'skipped an unreadable stored update'),
    )
    const room = new Room(boardId, deps, doc, {
      lastAppliedSeq,
      snapshotSeq: stored.snapshotSeq,
      tail: stored.updates.length,
    })
    if (room.updatesSinceCompaction >= deps.compactEvery) room.scheduleCompaction()
    return room
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Adds a client and starts the sync handshake (server step 1 and current presence). */
  addConnection(id: string, socket: RoomSocket): RoomConnection {
    const connection: RoomConnection = { id, socket, awarenessClientIds: new Set(), closed: false }
    this.connections.add(connection)
    this.send(connection, encodeSyncStep1(this.doc))
    const states = Array.from(this.awareness.getStates().keys())
    if (states.length > 0) {
      this.send(connection, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)))
    }
    return connection
  }

  /** Handles one binary frame from a connection. A malformed frame closes only that connection. */
  receive(connection: RoomConnection, frame: Uint8Array): void {
    if (connection.closed) return
    const decoded = decodeClientMessage(frame)
    if (!decoded.ok) {
      this.deps.logger.warn({ boardId: this.boardId, connId: connection.id, reason: decoded.reason }, 'malformed frame')
      this.closeConnection(connection, CloseCode.malformedMessage, 'malformed message')
      return
    }
    const message = decoded.message
    switch (message.kind) {
      case 'syncStep1':
        this.send(connection, encodeSyncStep2(this.doc, message.stateVector))
        return
      case 'update':
        this.enqueue(() => this.storeAndApply(connection, message.update))
        return
      case 'awareness':
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, connection)
        } catch (error) {
          this.deps.logger.warn({ boardId: this.boardId, connId: connection.id, err: error }, 'malformed awareness')
          this.closeConnection(connection, CloseCode.malformedMessage, 'malformed awareness')
        }
        return
      case 'queryAwareness': {
        const states = Array.from(this.awareness.getStates().keys())
        this.send(connection, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)))
        return
      }
    }
  }

  /** Removes a connection and the presence it announced. */
  removeConnection(connection: RoomConnection): void {
    connection.closed = true
    if (!this.connections.delete(connection)) return
    if (connection.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(connection.awarenessClientIds), null)
    }
  }

  /** Closes a connection with a close code and forgets it. */
  closeConnection(connection: RoomConnection, code: number, reason: string): void {
    this.removeConnection(connection)
    try {
      connection.socket.close(code, reason)
    } catch (error) {
      this.deps.logger.debug({ err: error, connId: connection.id }, 'close failed')
    }
  }

  /** Resolves once every update received so far is stored and applied. */
  flush(): Promise<void> {
    return this.queue
  }

  /** Stores pending work, compacts, closes every connection and releases the document. */
  async close(closeCode: number = CloseCode.serviceRestart): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const connection of Array.from(this.connections)) {
      this.closeConnection(connection, closeCode, 'room closed')
    }
    await this.queue
    if (this.lastAppliedSeq > this.snapshotSeq) await this.compact()
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      this.deps.logger.error({ boardId: this.boardId, err: error }, 'room task failed')
    })
  }

  private async storeAndApply(connection: RoomConnection, update: Uint8Array): Promise<void> {
    let seq: number
    try {
      seq = await this.deps.store.appendUpdate(this.boardId, update)
    } catch (error) {
      // Refuse loudly rather than broadcast what could not be stored.
      this.deps.logger.error({ boardId: this.boardId, connId: connection.id, err: error }, 'storing an update failed')
      this.closeConnection(connection, CloseCode.storageUnavailable, 'storage unavailable')
      return
    }
    try {
      Y.applyUpdate(this.doc, update, connection)
    } catch (error) {
      this.deps.logger.warn({ boardId: this.boardId, connId: connection.id, err: error }, 'update failed to apply')
      this.closeConnection(connection, CloseCode.malformedMessage, 'update failed to apply')
    }
    this.lastAppliedSeq = seq
    this.updatesSinceCompaction++
    if (this.updatesSinceCompaction >= this.deps.compactEvery) this.scheduleCompaction()
  }

  private scheduleCompaction(): void {
    this.updatesSinceCompaction = 0
    // Run in the queue so no update is applied between encoding the snapshot and storing it.
    setImmediate(() => {
      if (!this.closed) this.enqueue(() => this.compact())
    })
  }

  private async compact(): Promise<void> {
    const throughSeq = this.lastAppliedSeq
    if (throughSeq <= this.snapshotSeq) return
    const started = performance.now()
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    await this.deps.store.compact(this.boardId, snapshot, throughSeq)
    this.snapshotSeq = throughSeq
    this.deps.logger.debug(
      { boardId: this.boardId, throughSeq, bytes: snapshot.byteLength, ms: Math.round(performance.now() - started) },
      'compacted',
    )
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const frame = encodeUpdate(update)
    for (const connection of this.connections) {
      if (connection !== origin) this.send(connection, frame)
    }
  }

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const changed = [...added, ...updated, ...removed]
    if (changed.length === 0) return
    if (origin && this.connections.has(origin as RoomConnection)) {
      const owner = origin as RoomConnection
      for (const id of [...added, ...updated]) owner.awarenessClientIds.add(id)
      for (const id of removed) owner.awarenessClientIds.delete(id)
    }
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    for (const connection of this.connections) {
      if (connection !== origin) this.send(connection, frame)
    }
  }

  private send(connection: RoomConnection, frame: Uint8Array): void {
    if (connection.closed) return
    try {
      connection.socket.send(frame)
    } catch (error) {
      this.deps.logger.debug({ err: error, connId: connection.id }, 'send failed')
      this.removeConnection(connection)
    }
  }
}
