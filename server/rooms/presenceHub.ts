/**
 * A room's presence (awareness): who owns which state, what a connection may claim, and how
 * changes reach the room's connections and the other nodes. With coalescing on, changes of an
 * interval are gathered here and the relay (presenceRelay.ts) chooses what each connection
 * gets at each flush; off, every change goes to everyone at once.
 */
import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { CloseCode, Role } from '../../shared/protocol'
import type { BoardChannel } from '../fanout/types'
import { createPresenceScreen, DEFAULT_PRESENCE_LIMITS, type PresenceScreen } from '../limits/presenceLimit'
import type { WriterIdentity } from '../policy/types'
import { applyAwarenessEntries, decodeAwarenessUpdate } from '../sync/awareness'
import { encodeAwareness } from '../sync/messages'
import { AudienceCache, type RoomAudience } from './audience'
import { REMOTE_ORIGIN } from './origins'
import { PresenceRelay } from './presenceRelay'
import { coopNameOfState, participantIdOfState, SERVER_AWARENESS_KEY, stampRole } from './presenceState'
import type { RoomConnections } from './roomConnections'
import type { RoomDeps } from './roomDeps'
import type { RoomConnection } from './RoomSocket'

/** Awareness origin of the states removed because their connection left (published to other nodes). */
const LOCAL_LEAVE = Symbol('connection left')

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/** What the hub needs from its room. */
export interface PresenceHubDeps extends Pick<
  RoomDeps,
  'logger' | 'events' | 'awarenessFlushMs' | 'awarenessStatesPerSecond' | 'presenceRefreshMs' | 'presenceLimits'
> {
  boardId: string
  doc: Y.Doc
  channel: BoardChannel
  connections: RoomConnections
  audience: RoomAudience
  isClosed(): boolean
  closeConnection(connection: RoomConnection, code: number, reason: string): void
}

/** Owns, screens, coalesces and relays one room's presence. */
export class PresenceHub {
  readonly awareness: awarenessProtocol.Awareness
  /** Which connection announced each awareness client id. */
  private readonly owners = new Map<number, RoomConnection>()
  /** Each connection's presence screen, which remembers the ids it announced. */
  private readonly screens = new WeakMap<RoomConnection, PresenceScreen>()
  private viewers = 0
  /** Awareness client ids changed since the last relay, when relays are coalesced. */
  private readonly pending = new Set<number>()
  /** Of those, the ids that joined or left: every connection gets them at once. */
  private readonly urgent = new Set<number>()
  /** Ids whose state was only renewed (a newer clock, the same content) since the last relay. */
  private readonly renewed = new Set<number>()
  /** Ids whose content changed in the awareness event being handled ('change' comes before 'update'). */
  private readonly contentChanged = new Set<number>()
  private readonly audience: AudienceCache
  private readonly relay: PresenceRelay
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly deps: PresenceHubDeps) {
    this.awareness = new awarenessProtocol.Awareness(deps.doc)
    this.awareness.setLocalState({ [SERVER_AWARENESS_KEY]: { viewers: 0 } })
    const flushMs = deps.awarenessFlushMs ?? 0
    const cap = deps.awarenessStatesPerSecond
    this.audience = new AudienceCache(deps.doc, deps.audience)
    this.relay = new PresenceRelay({
      awareness: this.awareness,
      refreshMs: deps.presenceRefreshMs ?? 0,
      statesPerFlush: cap && flushMs > 0 ? Math.max(1, Math.ceil((cap * flushMs) / 1000)) : Number.POSITIVE_INFINITY,
      audience: (now) => this.audience.at(now),
    })
    this.awareness.on('change', this.onChange)
    this.awareness.on('update', this.onUpdate)
  }

  /** A frame with every current state, for a newcomer or a query. */
  everyStateFrame(): Uint8Array {
    const states = Array.from(this.awareness.getStates().keys())
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states))
  }

  /** Counts viewers in or out; their number is published in the server's own state. */
  countViewers(change: number): void {
    this.viewers = Math.max(0, this.viewers + change)
    this.awareness.setLocalState({ [SERVER_AWARENESS_KEY]: { viewers: this.viewers } })
  }

  /**
   * Applies a client's awareness update after checking it: viewers' presence is not relayed
   * (they are counted instead); a connection may only set client ids no other connection
   * holds, and remove only its own; a frame over a presence cap closes the connection (4005)
   * before any of it applies; the server-verified role is stamped on each state.
   */
  receive(connection: RoomConnection, update: Uint8Array): void {
    const { deps } = this
    if (connection.role === Role.viewer) return
    let screen = this.screens.get(connection)
    if (!screen) {
      screen = createPresenceScreen(deps.presenceLimits ?? DEFAULT_PRESENCE_LIMITS)
      this.screens.set(connection, screen)
    }
    const screened = screen.screen(update, {
      clockOf: (clientId) => this.awareness.meta.get(clientId)?.clock,
      holderOf: (clientId) => {
        if (clientId === deps.doc.clientID) return 'other'
        const owner = this.owners.get(clientId)
        return owner === undefined ? null : owner === connection ? 'this' : 'other'
      },
    })
    if (!screened.ok) {
      if ('exceeded' in screened) {
        deps.logger.warn({ boardId: deps.boardId, connId: connection.id, limit: screened.exceeded }, 'presence limit')
        deps.events?.presenceLimited?.(screened.exceeded)
        deps.closeConnection(connection, CloseCode.presenceLimit, 'presence limit')
      } else {
        deps.logger.warn({ boardId: deps.boardId, connId: connection.id, reason: screened.malformed }, 'malformed awareness')
        deps.closeConnection(connection, CloseCode.malformedMessage, 'malformed awareness')
      }
      return
    }
    const allowed = screened.entries.map((entry) => ({ ...entry, state: stampRole(entry.state, connection.role) }))
    if (allowed.length === 0) return
    applyAwarenessEntries(this.awareness, allowed, connection)
  }

  /**
   * Applies presence from another node (its states already carry their role). A client id one
   * of this node's connections holds, or this node's own, is never set from outside.
   */
  applyRemote(update: Uint8Array): void {
    const { deps } = this
    let entries
    try {
      entries = decodeAwarenessUpdate(update)
    } catch (error) {
      deps.logger.warn({ boardId: deps.boardId, err: error }, 'malformed awareness from another node')
      return
    }
    const allowed = entries.filter((entry) => entry.clientId !== deps.doc.clientID && !this.owners.has(entry.clientId))
    if (allowed.length === 0) return
    applyAwarenessEntries(this.awareness, allowed, REMOTE_ORIGIN)
  }

  /** Drops what a connection that left announced; the other nodes are told. */
  forget(connection: RoomConnection): void {
    this.relay.forget(connection)
    for (const clientId of connection.awarenessClientIds) {
      if (this.owners.get(clientId) === connection) this.owners.delete(clientId)
    }
    if (connection.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(connection.awarenessClientIds), LOCAL_LEAVE)
    }
  }

  /** The participant and coop ids the connection's presence claims (see WriterIdentity). */
  identityOf(connection: RoomConnection): WriterIdentity {
    const participantIds = new Set<string>()
    const coopIds = new Set<string>()
    const states = this.awareness.getStates()
    for (const clientId of connection.awarenessClientIds) {
      const state = states.get(clientId)
      const id = participantIdOfState(state)
      if (id !== null) participantIds.add(id)
      const coopName = coopNameOfState(state)
      const coopId = coopName === null ? null : this.audience.coopIdOf(coopName)
      if (coopId !== null) coopIds.add(coopId)
    }
    return { participantIds, coopIds }
  }

  /** Publishes every state this node is the source of: its clients' and its own. */
  publishAll(): void {
    const ids = [this.deps.doc.clientID, ...this.owners.keys()].filter((id) => this.awareness.getStates().has(id))
    this.deps.channel.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids))
  }

  /** Stops the pending relay (the room is closing). */
  stopRelay(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Removes the server's own state, so other nodes drop it now rather than at its timeout. */
  leave(): void {
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.deps.doc.clientID], LOCAL_LEAVE)
  }

  /** Unsubscribes everything and releases the awareness. */
  destroy(): void {
    this.awareness.off('change', this.onChange)
    this.awareness.off('update', this.onUpdate)
    this.audience.dispose()
    this.awareness.destroy()
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChange): void => {
    for (const id of [...added, ...updated, ...removed]) this.contentChanged.add(id)
  }

  private readonly onUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const { deps } = this
    const changed = [...added, ...updated, ...removed]
    const contentChanged = new Set(this.contentChanged)
    this.contentChanged.clear()
    if (changed.length === 0) return
    const owner = this.connectionOf(origin)
    if (owner) {
      for (const id of [...added, ...updated]) {
        owner.awarenessClientIds.add(id)
        this.owners.set(id, owner)
      }
    }
    // Removals also come from the awareness timeout, with no connection as origin.
    for (const id of removed) {
      this.owners.get(id)?.awarenessClientIds.delete(id)
      this.owners.delete(id)
    }
    // This node tells the others what it is the source of: its clients' states, their
    // removal when they leave, and its own state ('local'). Timeouts happen on every node.
    if (deps.channel.reachesOtherNodes && (owner || origin === LOCAL_LEAVE || origin === 'local')) {
      deps.channel.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    }
    if (deps.awarenessFlushMs) {
      // A renewal (every 15 s per client, to outlive the 30 s timeout) changes nothing anyone
      // sees: it waits for each connection's keep-alive instead of reaching 300 people at once.
      const deferRenewals = (deps.presenceRefreshMs ?? 0) > 0
      const renewals = deferRenewals ? updated.filter((id) => !contentChanged.has(id)) : []
      const changes = renewals.length === 0 ? changed : changed.filter((id) => !renewals.includes(id))
      this.relay.noteChanged(changes)
      for (const id of changes) this.pending.add(id)
      for (const id of renewals) this.renewed.add(id)
      for (const id of [...added, ...removed]) this.urgent.add(id)
      this.timer ??= setTimeout(this.relayPending, deps.awarenessFlushMs)
      return
    }
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    for (const connection of deps.connections) {
      if (connection !== owner) deps.connections.send(connection, frame)
    }
  }

  /** Relays the interval's presence changes, each connection what it can use (see presenceRelay.ts). */
  private readonly relayPending = (): void => {
    const { deps } = this
    this.timer = null
    if (deps.isClosed()) return
    const changed = Array.from(this.pending)
    this.pending.clear()
    const frames = this.relay.frames(deps.connections, { changed, urgent: this.urgent, renewed: this.renewed }, performance.now())
    this.urgent.clear()
    this.renewed.clear()
    for (const [connection, frame] of frames) deps.connections.send(connection, frame)
    // Held and owed states have no change of their own to schedule a flush.
    if (this.relay.waiting) this.timer = setTimeout(this.relayPending, deps.awarenessFlushMs)
  }

  private connectionOf(origin: unknown): RoomConnection | null {
    // Origins are whatever was passed to applyAwarenessUpdate: a connection of this room or null.
    const candidate = origin as RoomConnection
    return this.deps.connections.has(candidate) ? candidate : null
  }
}
