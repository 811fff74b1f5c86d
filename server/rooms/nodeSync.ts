/**
 * A room's side of the fan-out (fanout/): updates other nodes stored and their presence reach
 * this node's clients, and a catch-up from the store repairs what a lost message left out.
 */
import * as Y from 'yjs'
import type { BoardChannel } from '../fanout/types'
import type { Logger } from '../logger'
import { applyStoredDocument } from '../persistence/storedDocument'
import type { BoardStore } from '../persistence/types'
import { captureUpdates } from './captureUpdates'
import { REMOTE_ORIGIN } from './origins'
import type { PresenceHub } from './presenceHub'
import type { RemoteReceiver } from './remoteInbox'
import type { RoomConnections } from './roomConnections'
import type { TaskQueue } from './taskQueue'

/** What a room's link to other nodes needs. */
export interface NodeSyncDeps {
  boardId: string
  doc: Y.Doc
  store: BoardStore
  logger: Logger
  queue: TaskQueue
  channel: BoardChannel
  connections: RoomConnections
  presence: Pick<PresenceHub, 'applyRemote' | 'publishAll'>
  isClosed(): boolean
}

/** Applies what other nodes changed and catches up after lost messages. */
export class NodeSync implements RemoteReceiver {
  /** A catch-up from the store is queued and not started yet (later requests join it). */
  private resyncQueued = false

  constructor(private readonly deps: NodeSyncDeps) {}

  /**
   * Applies an update another node stored and sends what it changed to this node's clients.
   * It is neither reviewed (its node did), stored (its node did) nor published again.
   */
  applyRemoteUpdate(update: Uint8Array): void {
    const { deps } = this
    if (deps.isClosed()) return
    const net = captureUpdates(deps.doc, () => {
      try {
        Y.applyUpdate(deps.doc, update, REMOTE_ORIGIN)
      } catch (error) {
        deps.logger.warn({ boardId: deps.boardId, err: error }, 'an update from another node failed to apply')
      }
    })
    if (net) deps.connections.broadcastUpdate(net, null)
  }

  /** Applies presence from another node (see PresenceHub.applyRemote). */
  applyRemoteAwareness(update: Uint8Array): void {
    if (this.deps.isClosed()) return
    this.deps.presence.applyRemote(update)
  }

  /**
   * Catches up after fan-out messages may have been lost: reloads the board from the store
   * (which holds every update any node broadcast) and sends what was missing to this node's
   * clients. With `announce`, this node's link came back: it first republishes its presence
   * and asks the other nodes to catch up too, since what it published meanwhile was lost.
   */
  resync(announce: boolean): void {
    const { deps } = this
    if (deps.isClosed()) return
    if (announce) {
      deps.presence.publishAll()
      deps.channel.publishResync()
    }
    if (this.resyncQueued) return
    this.resyncQueued = true
    deps.queue.enqueue(async () => {
      this.resyncQueued = false
      if (deps.isClosed()) return
      const stored = await deps.store.loadDocument(deps.boardId)
      if (deps.isClosed()) return
      const net = captureUpdates(deps.doc, () => {
        deps.doc.transact(() => {
          applyStoredDocument(deps.doc, stored, (seq, error) =>
            deps.logger.error({ boardId: deps.boardId, seq, err: error }, 'skipped an unreadable stored update'),
          )
        }, REMOTE_ORIGIN)
      })
      if (net) deps.connections.broadcastUpdate(net, null)
    })
  }
}
