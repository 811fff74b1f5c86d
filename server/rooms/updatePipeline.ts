/**
 * The way of every client update through a room: applied and reviewed by the policy in one
 * transaction, in arrival order; the net updates of what arrived together are stored in one
 * go before any of them is broadcast, and state answers and reads of the document wait for
 * that commit (whenStored).
 */
import * as Y from 'yjs'
import { CloseCode, Role } from '../../shared/protocol'
import type { BoardChannel } from '../fanout/types'
import type { Logger } from '../logger'
import type { DocPolicy, Refusal, WriterIdentity } from '../policy/types'
import { isEmptyUpdate, type DecodedUpdate } from '../sync/messages'
import { captureUpdates } from './captureUpdates'
import type { RoomConnections } from './roomConnections'
import type { RoomEvents } from './roomDeps'
import type { RoomStorage } from './roomStorage'
import type { RoomConnection } from './RoomSocket'
import type { TaskQueue } from './taskQueue'

/** What the pipeline needs from its room. */
export interface UpdatePipelineDeps {
  boardId: string
  doc: Y.Doc
  policy: DocPolicy
  logger: Logger
  events?: RoomEvents
  queue: TaskQueue
  storage: RoomStorage
  channel: BoardChannel
  connections: RoomConnections
  isClosed(): boolean
  closeConnection(connection: RoomConnection, code: number, reason: string): void
  /** The participant and coop ids the connection's presence claims. */
  identityOf(connection: RoomConnection): WriterIdentity
}

/** A client update waiting for the next batch (see UpdatePipeline.applyIncoming). */
interface IncomingUpdate {
  connection: RoomConnection
  update: Uint8Array
  decoded: DecodedUpdate
}

/** A net update to store and broadcast, to everyone but `except`. */
interface Accepted {
  net: Uint8Array
  except: RoomConnection | null
}

/** Applies, reviews, stores, then broadcasts the updates of one room's clients. */
export class UpdatePipeline {
  /** Client updates received and not applied yet (see applyIncoming). */
  private incoming: IncomingUpdate[] = []
  private incomingScheduled = false
  /** A batch is applied to the document and waits for its commit (see whenStored). */
  private storing = false
  /** What waits for that commit: state answers and reads (see whenStored). */
  private afterStore: ((stored: boolean) => void)[] = []
  /** Connections whose update the policy refused before applying it (see applyClientUpdate). */
  private readonly refusedSenders = new WeakSet<RoomConnection>()

  constructor(private readonly deps: UpdatePipelineDeps) {}

  /** Takes a client's update for the batch of this event-loop turn. */
  receive(connection: RoomConnection, update: Uint8Array, decoded: DecodedUpdate): void {
    if (connection.role === Role.viewer) {
      // Viewers change nothing: their updates are neither applied, stored nor relayed.
      // The empty sync step 2 of every handshake is no attempt, so it is not counted.
      if (!isEmptyUpdate(update)) this.deps.events?.refused?.({ reason: 'viewer_update' }, connection.role)
      return
    }
    this.incoming.push({ connection, update, decoded })
    this.scheduleIncoming()
  }

  /**
   * Runs `task` once the document holds nothing unstored: at once, unless a batch waits for its
   * commit (never with SQLite, whose commit returns in the same turn), else right after that
   * batch is stored and broadcast. `stored` is false when the room has closed or the commit
   * failed: the document may then hold what nobody may see.
   */
  whenStored(task: (stored: boolean) => void): void {
    if (this.storing) this.afterStore.push(task)
    else task(!this.deps.isClosed())
  }

  /** Moves stored records that fail validation into quarantine and stores that move (on load). */
  async quarantineBadRecords(): Promise<void> {
    const { deps } = this
    let refusals: Refusal[] = []
    const net = captureUpdates(deps.doc, () => {
      refusals = deps.policy.quarantine(deps.doc, deps.boardId)
    })
    for (const refusal of refusals) {
      deps.logger.warn({ boardId: deps.boardId, ...refusal }, 'quarantined a stored record')
    }
    if (net && (await deps.storage.storeNets([net]))) deps.channel.publishUpdate(net)
  }

  /**
   * Applies the updates received since the last call at the end of this event-loop turn, so
   * every frame that arrived in it, from any connection, is stored in one transaction.
   */
  private scheduleIncoming(): void {
    if (this.incomingScheduled) return
    this.incomingScheduled = true
    // Queued at once, so flush() waits for it; it takes the batch after the turn's I/O.
    this.deps.queue.enqueue(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      this.incomingScheduled = false
      await this.applyIncoming()
    })
  }

  /**
   * Applies and reviews each waiting client update in arrival order, stores their net updates
   * together (one commit instead of one each: storing was a fifth of the server's work per
   * edit at full load), then broadcasts each. Nothing is broadcast before it is stored, and
   * nothing of the document is sent or read while the batch waits for its commit (whenStored).
   */
  private async applyIncoming(): Promise<void> {
    const batch = this.incoming
    this.incoming = []
    const accepted: Accepted[] = []
    for (const { connection, update, decoded } of batch) {
      const applied = this.applyClientUpdate(connection, update, decoded)
      if (applied) accepted.push(applied)
    }
    if (accepted.length === 0) return
    this.storing = true
    let stored = false
    try {
      stored = await this.deps.storage.storeNets(accepted.map((item) => item.net))
      if (!stored) return
      for (const { net, except } of accepted) {
        this.deps.channel.publishUpdate(net)
        this.deps.connections.broadcastUpdate(net, except)
      }
    } finally {
      // Before the next batch is applied, so what waited sees exactly the stored document.
      this.storing = false
      const waiting = this.afterStore
      this.afterStore = []
      for (const task of waiting) task(stored)
    }
  }

  /**
   * Applies a client's update and the policy's compensations in one transaction and returns
   * the net update to store and broadcast (to everyone but the sender, unless something was
   * refused: then the sender receives it too, so it converges to the compliant state). An
   * update the policy's screen refuses is not applied at all, and its sender is closed for good.
   */
  private applyClientUpdate(connection: RoomConnection, update: Uint8Array, decoded: DecodedUpdate): Accepted | null {
    const { deps } = this
    // Later updates of a refused sender build on the refused one; drop them too.
    if (this.refusedSenders.has(connection)) return null
    const screened = deps.policy.screen?.(decoded, connection.role)
    if (screened) {
      // Not applied at all: what it holds could not be removed again (see policy/screen.ts).
      this.refusedSenders.add(connection)
      deps.events?.refused?.(screened, connection.role)
      deps.logger.warn({ boardId: deps.boardId, connId: connection.id, role: connection.role, ...screened }, 'refused an update')
      deps.closeConnection(connection, CloseCode.updateRefused, 'update refused')
      return null
    }
    let refusals: Refusal[] = []
    const doc = deps.doc
    const net = captureUpdates(doc, () => {
      try {
        doc.transact((transaction) => {
          try {
            Y.applyUpdate(doc, update)
          } finally {
            // An update that fails half-way has still changed the document, and what the
            // transaction holds is stored and broadcast: it is reviewed all the same.
            refusals = deps.policy.review(doc, transaction, connection.role, deps.identityOf(connection))
          }
        }, connection)
      } catch (error) {
        deps.logger.warn({ boardId: deps.boardId, connId: connection.id, err: error }, 'update failed to apply')
        deps.closeConnection(connection, CloseCode.malformedMessage, 'update failed to apply')
      }
    })
    for (const refusal of refusals) {
      deps.events?.refused?.(refusal, connection.role)
      deps.logger.info({ boardId: deps.boardId, connId: connection.id, role: connection.role, ...refusal }, 'refused a change')
    }
    return net ? { net, except: refusals.length > 0 ? null : connection } : null
  }
}
