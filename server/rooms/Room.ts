/**
 * One live board: its Y.Doc, its awareness and its connections. Each client update is applied
 * and reviewed by the policy in one transaction, in arrival order; the net updates of what
 * arrived together are stored in one go before any of them is broadcast, and state answers and
 * reads of the document wait for that commit. Presence goes out through the relay
 * (presenceRelay.ts). Dependencies are injected.
 */
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { coopIdFor } from '../../shared/corners/roster'
import { CloseCode, Role } from '../../shared/protocol'
import type { Logger } from '../logger'
import { localFanout } from '../fanout/local'
import type { BoardChannel, Fanout } from '../fanout/types'
import { applyStoredDocument } from '../persistence/storedDocument'
import type { BoardStore } from '../persistence/types'
import type { DocPolicy, Refusal, WriterIdentity } from '../policy/types'
import { createPresenceScreen, DEFAULT_PRESENCE_LIMITS, type PresenceLimitConfig, type PresenceLimitExceeded, type PresenceScreen } from '../limits/presenceLimit'
import { applyAwarenessEntries, decodeAwarenessUpdate } from '../sync/awareness'
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyUpdate,
  type DecodedUpdate,
} from '../sync/messages'
import { currentSession, readMembers } from '../../shared/breakouts/readDoc'
import { readFollow, readSummon, type StageFollow, type StageSummon } from '../../shared/stage/stage'
import { PresenceRelay } from './presenceRelay'
import type { GroupOf } from './presenceView'
import { RemoteInbox, type RemoteReceiver } from './remoteInbox'
import type { ConnectionInit, RoomConnection } from './RoomSocket'

/** What happened in a room, for metrics. Every method is optional to implement. */
export interface RoomEvents {
  refused?(refusal: Refusal, role: Role): void
  stored?(ms: number, bytes: number): void
  broadcast?(bytes: number, receivers: number): void
  /** A connection was closed with 4005 for exceeding a presence cap (limits/presenceLimit.ts). */
  presenceLimited?(limit: PresenceLimitExceeded): void
}

/** What a room needs from the outside. */
export interface RoomDeps {
  store: BoardStore
  logger: Logger
  policy: DocPolicy
  events?: RoomEvents
  /** Compact the stored log into a snapshot after this many appended updates. */
  compactEvery: number
  /** Called when storing fails: the room must be dropped without storing its memory state. */
  onStorageFailure?(room: Room): void
  /** How rooms of the same board on other server nodes hear each other; none by default. */
  fanout?: Fanout
  /**
   * Presence changes are relayed to the room's connections at most once per this many
   * milliseconds, all changes of the interval in one frame (0 or absent: each change at once).
   * See docs/PERFORMANCE.md: at 300 people the relay count, not the bytes, decides.
   */
  awarenessFlushMs?: number
  /**
   * With coalescing on, at most this many presence states per second are relayed to one
   * connection; the rest wait, oldest change first, and go out with their latest state. Keeps
   * what each client must decode bounded however many people move in its view (absent: no cap).
   */
  awarenessStatesPerSecond?: number
  /**
   * With coalescing on, presence a connection cannot see (outside its view, on another page,
   * in another breakout group) reaches it at this interval instead of at once; 0 or absent
   * sends everything at once. See presenceRelay.ts.
   */
  presenceRefreshMs?: number
  /** Caps on what one connection may claim in awareness (absent: DEFAULT_PRESENCE_LIMITS). */
  presenceLimits?: PresenceLimitConfig
}

/** Transaction and awareness origin of what another server node sent (not stored, not re-published). */
const REMOTE_ORIGIN = Symbol('remote node')
/** Awareness origin of the states removed because their connection left (published to other nodes). */
const LOCAL_LEAVE = Symbol('connection left')
/** The fan-out of rooms built without one: this node alone. */
const SINGLE_NODE = localFanout()

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/** How long after a summons its presenter's presence still goes to everyone at once. */
const SUMMON_PRESENCE_MS = 60_000

/** A client update waiting for the next batch (see Room.applyIncoming). */
interface IncomingUpdate {
  connection: RoomConnection
  update: Uint8Array
  decoded: DecodedUpdate
}

/** Key of the server's own awareness state, and the key clients may not set. */
export const SERVER_AWARENESS_KEY = 'plenary'

/** What {@link Room.readStored} read, or `ok: false` when the room closed before it could. */
export type StoredRead<T> = { ok: true; value: T } | { ok: false }

/** A loaded board with its connections. Create with {@link Room.load}. */
export class Room implements RemoteReceiver {
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  private readonly connections = new Set<RoomConnection>()
  /** Which connection announced each awareness client id. */
  private readonly awarenessOwners = new Map<number, RoomConnection>()
  /** Each connection's presence screen, which remembers the ids it announced. */
  private readonly presenceScreens = new WeakMap<RoomConnection, PresenceScreen>()
  private queue: Promise<void> = Promise.resolve()
  private lastAppliedSeq: number
  private snapshotSeq: number
  private updatesSinceCompaction: number
  /** Client updates received and not applied yet (see applyIncoming). */
  private incoming: IncomingUpdate[] = []
  private incomingScheduled = false
  /** A batch is applied to the document and waits for its commit (see whenStored). */
  private storing = false
  /** What waits for that commit: state answers and reads (see whenStored). */
  private afterStore: ((stored: boolean) => void)[] = []
  /** Connections whose update the policy refused before applying it (see applyClientUpdate). */
  private readonly refusedSenders = new WeakSet<RoomConnection>()
  /** Net updates of the transaction in progress, collected by the doc's update handler. */
  private captured: Uint8Array[] = []
  private viewers = 0
  private closed = false
  /** A catch-up from the store is queued and not started yet (later requests join it). */
  private resyncQueued = false
  /** Awareness client ids changed since the last relay, when relays are coalesced. */
  private readonly pendingAwareness = new Set<number>()
  /** Of those, the ids that joined or left: every connection gets them at once. */
  private readonly urgentAwareness = new Set<number>()
  /** Ids whose state was only renewed (a newer clock, the same content) since the last relay. */
  private readonly renewedAwareness = new Set<number>()
  /** Ids whose content changed in the awareness event being handled ('change' comes before 'update'). */
  private readonly contentChanged = new Set<number>()
  private readonly presenceRelay: PresenceRelay
  /** The running breakout's groups, read again after the document changes (undefined: stale). */
  private breakoutGroups: GroupOf | null | undefined
  /** The stage's follow and last summons, read again after the document changes (undefined: stale). */
  private stage: { follow: StageFollow | null; summon: StageSummon | null } | undefined
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null

  private constructor(
    readonly boardId: string,
    private readonly deps: RoomDeps,
    doc: Y.Doc,
    seqs: { lastAppliedSeq: number; snapshotSeq: number; tail: number },
    private readonly channel: BoardChannel,
  ) {
    this.doc = doc
    this.lastAppliedSeq = seqs.lastAppliedSeq
    this.snapshotSeq = seqs.snapshotSeq
    this.updatesSinceCompaction = seqs.tail
    this.awareness = new awarenessProtocol.Awareness(doc)
    this.awareness.setLocalState({ [SERVER_AWARENESS_KEY]: { viewers: 0 } })
    const flushMs = deps.awarenessFlushMs ?? 0
    const cap = deps.awarenessStatesPerSecond
    this.presenceRelay = new PresenceRelay({
      awareness: this.awareness,
      refreshMs: deps.presenceRefreshMs ?? 0,
      statesPerFlush: cap && flushMs > 0 ? Math.max(1, Math.ceil((cap * flushMs) / 1000)) : Number.POSITIVE_INFINITY,
      audience: (now) => ({ groups: this.currentBreakoutGroups(), presenters: this.stagePresenters(now) }),
    })
    doc.on('update', this.onDocUpdate)
    this.awareness.on('change', this.onAwarenessChange)
    this.awareness.on('update', this.onAwarenessUpdate)
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
    const room = new Room(boardId, deps, doc, {
      lastAppliedSeq,
      snapshotSeq: stored.snapshotSeq,
      tail: stored.updates.length,
    }, channel)
    inbox.deliverTo(room)
    await room.quarantineBadRecords()
    if (room.updatesSinceCompaction >= deps.compactEvery) room.scheduleCompaction()
    return room
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Adds a client and starts the sync handshake (server step 1 and current presence). */
  addConnection(init: ConnectionInit): RoomConnection {
    const connection: RoomConnection = { ...init, awarenessClientIds: new Set(), closed: false }
    this.connections.add(connection)
    if (connection.role === Role.viewer) this.setViewerCount(this.viewers + 1)
    this.send(connection, encodeSyncStep1(this.doc))
    const states = Array.from(this.awareness.getStates().keys())
    this.send(connection, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)))
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
        this.whenStored((stored) => {
          if (stored) this.send(connection, encodeSyncStep2(this.doc, stateVector))
        })
        return
      }
      case 'update':
        if (connection.role === Role.viewer) {
          // Viewers change nothing: their updates are neither applied, stored nor relayed.
          // The empty sync step 2 of every handshake is no attempt, so it is not counted.
          if (!isEmptyUpdate(message.update)) this.deps.events?.refused?.({ reason: 'viewer_update' }, connection.role)
          return
        }
        this.incoming.push({ connection, update: message.update, decoded: message.decoded })
        this.scheduleIncoming()
        return
      case 'awareness':
        this.receiveAwareness(connection, message.update)
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
    if (connection.role === Role.viewer) this.setViewerCount(this.viewers - 1)
    this.presenceRelay.forget(connection)
    for (const clientId of connection.awarenessClientIds) {
      if (this.awarenessOwners.get(clientId) === connection) this.awarenessOwners.delete(clientId)
    }
    if (connection.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(connection.awarenessClientIds), LOCAL_LEAVE)
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

  /** Resolves once every update received so far is stored and applied. */
  flush(): Promise<void> {
    return this.queue
  }

  /**
   * Reads the document once nothing in it waits for storage (at once unless a batch waits for
   * its commit), so minutes, exports and snapshots never hold an update a crash could lose.
   * `read` runs on the live document and must not keep it. `{ ok: false }`: the room closed or
   * failed to store first, so the caller reads the store instead.
   */
  readStored<T>(read: (doc: Y.Doc) => T): Promise<StoredRead<T>> {
    return new Promise((resolve, reject) => {
      this.whenStored((stored) => {
        if (!stored) return resolve({ ok: false })
        try {
          resolve({ ok: true, value: read(this.doc) })
        } catch (error) {
          reject(error)
        }
      })
    })
  }

  /** Stores pending work, compacts, closes every connection and releases the document. */
  async close(closeCode: number = CloseCode.serviceRestart, options: { store?: boolean } = {}): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer)
    this.awarenessTimer = null
    for (const connection of Array.from(this.connections)) {
      this.closeConnection(connection, closeCode, 'room closed')
    }
    // Other nodes drop this node's presence for the board now rather than at its timeout.
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], LOCAL_LEAVE)
    const leaving = this.channel.leave()
    await this.queue
    if (options.store !== false && this.lastAppliedSeq > this.snapshotSeq) await this.compact()
    await leaving
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('change', this.onAwarenessChange)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      this.deps.logger.error({ boardId: this.boardId, err: error }, 'room task failed')
    })
  }

  /**
   * Applies the updates received since the last call at the end of this event-loop turn, so
   * every frame that arrived in it, from any connection, is stored in one transaction.
   */
  private scheduleIncoming(): void {
    if (this.incomingScheduled) return
    this.incomingScheduled = true
    // Queued at once, so flush() waits for it; it takes the batch after the turn's I/O.
    this.enqueue(async () => {
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
    const accepted: { net: Uint8Array; except: RoomConnection | null }[] = []
    for (const { connection, update, decoded } of batch) {
      const applied = this.applyClientUpdate(connection, update, decoded)
      if (applied) accepted.push(applied)
    }
    if (accepted.length === 0) return
    this.storing = true
    let stored = false
    try {
      stored = await this.storeNets(accepted.map((item) => item.net))
      if (!stored) return
      for (const { net, except } of accepted) {
        this.channel.publishUpdate(net)
        this.broadcastUpdate(net, except)
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
   * Runs `task` once the document holds nothing unstored: at once, unless a batch waits for its
   * commit (never with SQLite, whose commit returns in the same turn), else right after that
   * batch is stored and broadcast. `stored` is false when the room has closed or the commit
   * failed: the document may then hold what nobody may see.
   */
  private whenStored(task: (stored: boolean) => void): void {
    if (this.storing) this.afterStore.push(task)
    else task(!this.closed)
  }

  /**
   * Applies a client's update and the policy's compensations in one transaction and returns
   * the net update to store and broadcast (to everyone but the sender, unless something was
   * refused: then the sender receives it too, so it converges to the compliant state). An
   * update the policy's screen refuses is not applied at all, and its sender is closed for good.
   */
  private applyClientUpdate(connection: RoomConnection, update: Uint8Array, decoded: DecodedUpdate): { net: Uint8Array; except: RoomConnection | null } | null {
    // Later updates of a refused sender build on the refused one; drop them too.
    if (this.refusedSenders.has(connection)) return null
    const screened = this.deps.policy.screen?.(decoded, connection.role)
    if (screened) {
      // Not applied at all: what it holds could not be removed again (see policy/screen.ts).
      this.refusedSenders.add(connection)
      this.deps.events?.refused?.(screened, connection.role)
      this.deps.logger.warn({ boardId: this.boardId, connId: connection.id, role: connection.role, ...screened }, 'refused an update')
      this.closeConnection(connection, CloseCode.updateRefused, 'update refused')
      return null
    }
    let refusals: Refusal[] = []
    this.captured = []
    try {
      this.doc.transact((transaction) => {
        try {
          Y.applyUpdate(this.doc, update)
        } finally {
          // An update that fails half-way has still changed the document, and what the
          // transaction holds is stored and broadcast: it is reviewed all the same.
          refusals = this.deps.policy.review(this.doc, transaction, connection.role, this.identityOf(connection))
        }
      }, connection)
    } catch (error) {
      this.deps.logger.warn({ boardId: this.boardId, connId: connection.id, err: error }, 'update failed to apply')
      this.closeConnection(connection, CloseCode.malformedMessage, 'update failed to apply')
    }
    for (const refusal of refusals) {
      this.deps.events?.refused?.(refusal, connection.role)
      this.deps.logger.info({ boardId: this.boardId, connId: connection.id, role: connection.role, ...refusal }, 'refused a change')
    }
    const net = this.takeCaptured()
    return net ? { net, except: refusals.length > 0 ? null : connection } : null
  }

  /**
   * Applies an update another node stored and sends what it changed to this node's clients.
   * It is neither reviewed (its node did), stored (its node did) nor published again.
   */
  applyRemoteUpdate(update: Uint8Array): void {
    if (this.closed) return
    this.captured = []
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN)
    } catch (error) {
      this.deps.logger.warn({ boardId: this.boardId, err: error }, 'an update from another node failed to apply')
    }
    const net = this.takeCaptured()
    if (net) this.broadcastUpdate(net, null)
  }

  /**
   * Applies presence from another node (its states already carry their role). A client id one
   * of this node's connections holds, or this node's own, is never set from outside.
   */
  applyRemoteAwareness(update: Uint8Array): void {
    if (this.closed) return
    let entries
    try {
      entries = decodeAwarenessUpdate(update)
    } catch (error) {
      this.deps.logger.warn({ boardId: this.boardId, err: error }, 'malformed awareness from another node')
      return
    }
    const allowed = entries.filter((entry) => entry.clientId !== this.doc.clientID && !this.awarenessOwners.has(entry.clientId))
    if (allowed.length === 0) return
    applyAwarenessEntries(this.awareness, allowed, REMOTE_ORIGIN)
  }

  /**
   * Catches up after fan-out messages may have been lost: reloads the board from the store
   * (which holds every update any node broadcast) and sends what was missing to this node's
   * clients. With `announce`, this node's link came back: it first republishes its presence
   * and asks the other nodes to catch up too, since what it published meanwhile was lost.
   */
  resync(announce: boolean): void {
    if (this.closed) return
    if (announce) {
      this.publishPresence()
      this.channel.publishResync()
    }
    if (this.resyncQueued) return
    this.resyncQueued = true
    this.enqueue(async () => {
      this.resyncQueued = false
      if (this.closed) return
      const stored = await this.deps.store.loadDocument(this.boardId)
      if (this.closed) return
      this.captured = []
      this.doc.transact(() => {
        applyStoredDocument(this.doc, stored, (seq, error) =>
          this.deps.logger.error({ boardId: this.boardId, seq, err: error }, 'skipped an unreadable stored update'),
        )
      }, REMOTE_ORIGIN)
      const net = this.takeCaptured()
      if (net) this.broadcastUpdate(net, null)
    })
  }

  /** Publishes every state this node is the source of: its clients' and its own. */
  private publishPresence(): void {
    const ids = [this.doc.clientID, ...this.awarenessOwners.keys()].filter((id) => this.awareness.getStates().has(id))
    this.channel.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids))
  }

  /** Stores net updates in one transaction; on failure drops the room so no unstored state is ever served. */
  private async storeNets(nets: readonly Uint8Array[]): Promise<boolean> {
    const started = performance.now()
    let seq: number
    try {
      seq = await this.deps.store.appendUpdates(this.boardId, nets)
    } catch (error) {
      this.deps.logger.error({ boardId: this.boardId, err: error }, 'storing an update failed; dropping the room')
      // Clients still hold their changes and send them again when they reconnect.
      void this.close(CloseCode.storageUnavailable, { store: false })
      this.deps.onStorageFailure?.(this)
      return false
    }
    const ms = performance.now() - started
    for (const net of nets) this.deps.events?.stored?.(ms / nets.length, net.byteLength)
    this.lastAppliedSeq = seq
    this.updatesSinceCompaction += nets.length
    if (this.updatesSinceCompaction >= this.deps.compactEvery) this.scheduleCompaction()
    return true
  }

  private takeCaptured(): Uint8Array | null {
    const captured = this.captured
    this.captured = []
    if (captured.length === 0) return null
    return captured.length === 1 ? (captured[0] ?? null) : Y.mergeUpdates(captured)
  }

  private async quarantineBadRecords(): Promise<void> {
    this.captured = []
    const refusals = this.deps.policy.quarantine(this.doc, this.boardId)
    for (const refusal of refusals) {
      this.deps.logger.warn({ boardId: this.boardId, ...refusal }, 'quarantined a stored record')
    }
    const net = this.takeCaptured()
    if (net && (await this.storeNets([net]))) this.channel.publishUpdate(net)
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

  private readonly onDocUpdate = (update: Uint8Array): void => {
    this.captured.push(update)
    this.breakoutGroups = undefined
    this.stage = undefined
  }

  /** Whom the stage follows, or summoned people to in the last minute. */
  private stagePresenters(now: number): Set<string> {
    this.stage ??= { follow: readFollow(this.doc), summon: readSummon(this.doc) }
    const presenters = new Set<string>()
    if (this.stage.follow) presenters.add(this.stage.follow.presenterId)
    if (this.stage.summon && now - this.stage.summon.at < SUMMON_PRESENCE_MS) presenters.add(this.stage.summon.presenterId)
    return presenters
  }

  private currentBreakoutGroups(): GroupOf | null {
    if (this.breakoutGroups === undefined) {
      const session = currentSession(this.doc)
      this.breakoutGroups =
        session?.status === 'running'
          ? new Map(readMembers(this.doc, session.id).map((member) => [member.participantId, member.groupId]))
          : null
    }
    return this.breakoutGroups
  }

  private broadcastUpdate(update: Uint8Array, except: RoomConnection | null): void {
    const frame = encodeUpdate(update)
    let receivers = 0
    for (const connection of this.connections) {
      if (connection === except) continue
      this.send(connection, frame)
      receivers++
    }
    this.deps.events?.broadcast?.(frame.byteLength, receivers)
  }

  /**
   * Applies a client's awareness update after checking it: viewers' presence is not relayed
   * (they are counted instead); a connection may only set client ids no other connection
   * holds, and remove only its own; a frame over a presence cap closes the connection (4005)
   * before any of it applies; the server-verified role is stamped on each state.
   */
  private receiveAwareness(connection: RoomConnection, update: Uint8Array): void {
    if (connection.role === Role.viewer) return
    let screen = this.presenceScreens.get(connection)
    if (!screen) {
      screen = createPresenceScreen(this.deps.presenceLimits ?? DEFAULT_PRESENCE_LIMITS)
      this.presenceScreens.set(connection, screen)
    }
    const screened = screen.screen(update, {
      clockOf: (clientId) => this.awareness.meta.get(clientId)?.clock,
      holderOf: (clientId) => {
        if (clientId === this.doc.clientID) return 'other'
        const owner = this.awarenessOwners.get(clientId)
        return owner === undefined ? null : owner === connection ? 'this' : 'other'
      },
    })
    if (!screened.ok) {
      if ('exceeded' in screened) {
        this.deps.logger.warn({ boardId: this.boardId, connId: connection.id, limit: screened.exceeded }, 'presence limit')
        this.deps.events?.presenceLimited?.(screened.exceeded)
        this.closeConnection(connection, CloseCode.presenceLimit, 'presence limit')
      } else {
        this.deps.logger.warn({ boardId: this.boardId, connId: connection.id, reason: screened.malformed }, 'malformed awareness')
        this.closeConnection(connection, CloseCode.malformedMessage, 'malformed awareness')
      }
      return
    }
    const allowed = screened.entries.map((entry) => ({ ...entry, state: stampRole(entry.state, connection.role) }))
    if (allowed.length === 0) return
    applyAwarenessEntries(this.awareness, allowed, connection)
  }

  /** The participant ids the connection's presence claims (see WriterIdentity). */
  private identityOf(connection: RoomConnection): WriterIdentity {
    const participantIds = new Set<string>()
    const coopIds = new Set<string>()
    const states = this.awareness.getStates()
    for (const clientId of connection.awarenessClientIds) {
      const id = participantIdOfState(states.get(clientId))
      if (id !== null) participantIds.add(id)
      const coopId = coopIdOfState(states.get(clientId))
      if (coopId !== null) coopIds.add(coopId)
    }
    return { participantIds, coopIds }
  }

  private setViewerCount(viewers: number): void {
    this.viewers = Math.max(0, viewers)
    this.awareness.setLocalState({ [SERVER_AWARENESS_KEY]: { viewers: this.viewers } })
  }

  private readonly onAwarenessChange = ({ added, updated, removed }: AwarenessChange): void => {
    for (const id of [...added, ...updated, ...removed]) this.contentChanged.add(id)
  }

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const changed = [...added, ...updated, ...removed]
    const contentChanged = new Set(this.contentChanged)
    this.contentChanged.clear()
    if (changed.length === 0) return
    const owner = this.connectionOf(origin)
    if (owner) {
      for (const id of [...added, ...updated]) {
        owner.awarenessClientIds.add(id)
        this.awarenessOwners.set(id, owner)
      }
    }
    // Removals also come from the awareness timeout, with no connection as origin.
    for (const id of removed) {
      this.awarenessOwners.get(id)?.awarenessClientIds.delete(id)
      this.awarenessOwners.delete(id)
    }
    // This node tells the others what it is the source of: its clients' states, their
    // removal when they leave, and its own state ('local'). Timeouts happen on every node.
    if (this.channel.reachesOtherNodes && (owner || origin === LOCAL_LEAVE || origin === 'local')) {
      this.channel.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    }
    if (this.deps.awarenessFlushMs) {
      // A renewal (every 15 s per client, to outlive the 30 s timeout) changes nothing anyone
      // sees: it waits for each connection's keep-alive instead of reaching 300 people at once.
      const deferRenewals = (this.deps.presenceRefreshMs ?? 0) > 0
      const renewals = deferRenewals ? updated.filter((id) => !contentChanged.has(id)) : []
      const changes = renewals.length === 0 ? changed : changed.filter((id) => !renewals.includes(id))
      this.presenceRelay.noteChanged(changes)
      for (const id of changes) this.pendingAwareness.add(id)
      for (const id of renewals) this.renewedAwareness.add(id)
      for (const id of [...added, ...removed]) this.urgentAwareness.add(id)
      this.awarenessTimer ??= setTimeout(this.relayPendingAwareness, this.deps.awarenessFlushMs)
      return
    }
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    for (const connection of this.connections) {
      if (connection !== owner) this.send(connection, frame)
    }
  }

  /** Relays the interval's presence changes, each connection what it can use (see presenceRelay.ts). */
  private readonly relayPendingAwareness = (): void => {
    this.awarenessTimer = null
    if (this.closed) return
    const changed = Array.from(this.pendingAwareness)
    this.pendingAwareness.clear()
    const frames = this.presenceRelay.frames(this.connections, { changed, urgent: this.urgentAwareness, renewed: this.renewedAwareness }, performance.now())
    this.urgentAwareness.clear()
    this.renewedAwareness.clear()
    for (const [connection, frame] of frames) this.send(connection, frame)
    // Held and owed states have no change of their own to schedule a flush.
    if (this.presenceRelay.waiting) this.awarenessTimer = setTimeout(this.relayPendingAwareness, this.deps.awarenessFlushMs)
  }

  private connectionOf(origin: unknown): RoomConnection | null {
    // Origins are whatever was passed to applyAwarenessUpdate: a connection of this room or null.
    const candidate = origin as RoomConnection
    return this.connections.has(candidate) ? candidate : null
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

/** A client's awareness state with the server-verified role, and without the server's key. */
function stampRole(state: unknown, role: Role): unknown {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return state
  const { [SERVER_AWARENESS_KEY]: _ignored, ...rest } = state as Record<string, unknown>
  return { ...rest, role }
}

/** The participant id (`user.id`) an awareness state claims, or null. */
/** The coop id of a presence state's `user.coop`, or null when it names no coop. */
function coopIdOfState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null
  const user = (state as Record<string, unknown>).user
  if (typeof user !== 'object' || user === null) return null
  const coop = (user as Record<string, unknown>).coop
  return typeof coop === 'string' && coop.trim() !== '' && coop.length <= 200 ? coopIdFor(coop) : null
}

function participantIdOfState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null
  const user = (state as Record<string, unknown>).user
  if (typeof user !== 'object' || user === null) return null
  const id = (user as Record<string, unknown>).id
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null
}
