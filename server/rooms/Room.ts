/**
 * One live board: its Y.Doc, its presence and its connections, composed of parts that each
 * do one job: the update pipeline (updatePipeline.ts) applies, reviews, stores, then
 * broadcasts client updates; storage (roomStorage.ts) appends and compacts; the node link
 * (nodeSync.ts) applies what other server nodes changed; the presence hub (presenceHub.ts)
 * owns, screens and relays awareness. The room receives frames and opens and closes
 * connections. It knows no feature: who sees whose presence is injected (audience.ts), as
 * are storage, policy, fan-out and logging.
 */
import type * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CloseCode, Role } from '../../shared/protocol'
import { asError } from '../../shared/values'
import { localFanout } from '../fanout/local'
import type { BoardChannel } from '../fanout/types'
import { applyStoredDocument } from '../persistence/storedDocument'
import { decodeClientMessage, encodeSyncStep1, encodeSyncStep2 } from '../sync/messages'
import { NO_AUDIENCE } from './audience'
import { NodeSync } from './nodeSync'
import { PresenceHub } from './presenceHub'
import { RemoteInbox } from './remoteInbox'
import { RoomConnections } from './roomConnections'
import type { RoomDeps } from './roomDeps'
import type { ConnectionInit, RoomConnection } from './RoomSocket'
import { RoomStorage, type StoredSeqs } from './roomStorage'
import { serverConnection, type ServerUpdate } from './serverWrite'
import { TaskQueue } from './taskQueue'
import { UpdatePipeline } from './updatePipeline'

export type { RoomDeps, RoomEvents } from './roomDeps'

/** The fan-out of rooms built without one: this node alone. */
const SINGLE_NODE = localFanout()

/** What {@link Room.readStored} read, or `ok: false` when the room closed before it could. */
export type StoredRead<T> = { ok: true; value: T } | { ok: false }

/** A loaded board with its connections. Create with {@link Room.load}. */
export class Room {
  readonly doc: Y.Doc
  private readonly connections: RoomConnections
  private readonly queue: TaskQueue
  private readonly storage: RoomStorage
  private readonly pipeline: UpdatePipeline
  private readonly nodes: NodeSync
  private readonly presence: PresenceHub
  private closed = false

  private constructor(
    readonly boardId: string,
    private readonly deps: RoomDeps,
    doc: Y.Doc,
    seqs: StoredSeqs,
    private readonly channel: BoardChannel,
  ) {
    this.doc = doc
    const { logger, events } = deps
    const connections = new RoomConnections({ logger, events, onSendFailed: (connection) => this.removeConnection(connection) })
    const queue = new TaskQueue((error) => logger.error({ boardId, err: error }, 'room task failed'))
    // What every part gets of the room.
    const part = {
      ...deps,
      boardId,
      doc,
      channel,
      connections,
      queue,
      isClosed: (): boolean => this.closed,
      closeConnection: (connection: RoomConnection, code: number, reason: string): void => this.closeConnection(connection, code, reason),
    }
    const presence = new PresenceHub({ ...part, audience: deps.audience ?? NO_AUDIENCE })
    const onFailure = (): void => {
      void this.close(CloseCode.storageUnavailable, { store: false })
      deps.onStorageFailure?.(this)
    }
    const storage = new RoomStorage({ ...part, onFailure }, seqs)
    this.connections = connections
    this.queue = queue
    this.presence = presence
    this.storage = storage
    this.pipeline = new UpdatePipeline({ ...part, storage, identityOf: (connection) => presence.identityOf(connection) })
    this.nodes = new NodeSync({ ...part, presence })
  }

  /** Loads a board's document from storage (snapshot, then the short tail) and quarantines bad records. */
  static async load(boardId: string, deps: RoomDeps): Promise<Room> {
    // Subscribe before reading the store, keeping what arrives meanwhile (see RemoteInbox).
    const inbox = new RemoteInbox()
    const channel = await (deps.fanout ?? SINGLE_NODE).join(boardId, inbox)
    let stored
    try {
      stored = await deps.store.loadDocument(boardId)
    } catch (error) {
      await channel.leave()
      throw error
    }
    const doc = new Y.Doc()
    const lastAppliedSeq = applyStoredDocument(doc, stored, (seq, error) =>
      deps.logger.error({ boardId, seq, err: error }, 'skipped an unreadable stored update'),
    )
    const room = new Room(
      boardId,
      deps,
      doc,
      {
        lastAppliedSeq,
        snapshotSeq: stored.snapshotSeq,
        tail: stored.updates.length,
      },
      channel,
    )
    inbox.deliverTo(room.nodes)
    await room.pipeline.quarantineBadRecords()
    room.storage.compactIfDue()
    return room
  }

  /** The room's presence: every connection's states and the server's own. */
  get awareness(): awarenessProtocol.Awareness {
    return this.presence.awareness
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Adds a client and starts the sync handshake (server step 1 and current presence). */
  addConnection(init: ConnectionInit): RoomConnection {
    const connection: RoomConnection = { ...init, awarenessClientIds: new Set(), closed: false }
    this.connections.add(connection)
    if (connection.role === Role.viewer) this.presence.countViewers(1)
    this.connections.send(connection, encodeSyncStep1(this.doc))
    this.connections.send(connection, this.presence.everyStateFrame())
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
      case 'syncStep1': {
        // The document may hold a batch still waiting for its commit (PostgreSQL): what a
        // client receives must survive a crash, so the answer waits for it. The connection is
        // already registered, so it also gets every broadcast after the answer.
        const { stateVector } = message
        this.pipeline.whenStored((stored) => {
          if (stored) this.connections.send(connection, encodeSyncStep2(this.doc, stateVector))
        })
        return
      }
      case 'update':
        this.pipeline.receive(connection, message.update, message.decoded)
        return
      case 'awareness':
        this.presence.receive(connection, message.update)
        return
      case 'queryAwareness':
        this.connections.send(connection, this.presence.everyStateFrame())
        return
    }
  }

  /** Removes a connection and the presence it announced. */
  removeConnection(connection: RoomConnection): void {
    connection.closed = true
    if (!this.connections.delete(connection)) return
    if (connection.role === Role.viewer) this.presence.countViewers(-1)
    this.presence.forget(connection)
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

  /** Closes every connection opened with one of these token hashes (a rotated link). */
  closeConnectionsWithToken(tokenHashes: ReadonlySet<string>, code: number, reason: string): number {
    let closed = 0
    for (const connection of Array.from(this.connections)) {
      if (!tokenHashes.has(connection.tokenHash)) continue
      this.closeConnection(connection, code, reason)
      closed++
    }
    return closed
  }

  /**
   * Applies a change the server built ({@link buildOnScratch}) as an update from a writer with
   * `role`, through the same pipeline as a client's: screened and reviewed by the policy,
   * stored before it is broadcast to every connection. Resolves with true once it is stored,
   * false when the room closed or failed to store it.
   */
  async applyServerUpdate(change: ServerUpdate, role: Role): Promise<boolean> {
    if (this.closed) return false
    this.pipeline.receive(serverConnection(role), change.update, change.decoded)
    await this.queue.idle()
    return new Promise((resolve) => this.pipeline.whenStored(resolve))
  }

  /** Resolves once every update received so far is stored and applied. */
  flush(): Promise<void> {
    return this.queue.idle()
  }

  /**
   * Reads the document once nothing in it waits for storage (at once unless a batch waits for
   * its commit), so minutes, exports and snapshots never hold an update a crash could lose.
   * `read` runs on the live document and must not keep it. `{ ok: false }`: the room closed or
   * failed to store first, so the caller reads the store instead.
   */
  readStored<T>(read: (doc: Y.Doc) => T): Promise<StoredRead<T>> {
    return new Promise((resolve, reject) => {
      this.pipeline.whenStored((stored) => {
        if (!stored) return resolve({ ok: false })
        try {
          resolve({ ok: true, value: read(this.doc) })
        } catch (error) {
          reject(asError(error))
        }
      })
    })
  }

  /** Stores pending work, compacts, closes every connection and releases the document. */
  async close(closeCode: number = CloseCode.serviceRestart, options: { store?: boolean } = {}): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.presence.stopRelay()
    for (const connection of Array.from(this.connections)) {
      this.closeConnection(connection, closeCode, 'room closed')
    }
    // Other nodes drop this node's presence for the board now rather than at its timeout.
    this.presence.leave()
    const leaving = this.channel.leave()
    await this.queue.idle()
    if (options.store !== false) await this.storage.compactRest()
    await leaving
    this.presence.destroy()
    this.doc.destroy()
  }
}
