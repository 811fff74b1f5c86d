/**
 * The fan-out hook of the server: how a room hears what the same board's rooms on other
 * server nodes did. One node needs none (local.ts); several nodes share Redis pub/sub
 * (redis.ts). Rooms receive an implementation; they never open a connection themselves.
 */
import type { Readiness } from '../health/readiness'

/** What a room does with what other nodes publish about its board. */
export interface FanoutHandlers {
  /** A net update another node stored (and broadcast to its own clients). */
  update(update: Uint8Array): void
  /** A y-protocols awareness update from another node's clients or the node itself. */
  awareness(update: Uint8Array): void
  /**
   * Messages may have been missed (this node's link to the fan-out came back, or another
   * node's did): catch up from the store, which holds everything every node stored.
   * `announce` is true when this node's own link recovered, so it should also tell the others
   * (publish its presence and a resync request); false when another node asked.
   */
  resync(announce: boolean): void
}

/** A room's subscription to its board's channel. */
export interface BoardChannel {
  /** False when no other node can hear (one node alone), so nothing need be encoded for it. */
  readonly reachesOtherNodes: boolean
  /** Publishes a stored net update to the other nodes. Never throws; a lost message is caught up by resync. */
  publishUpdate(update: Uint8Array): void
  /** Publishes an awareness update (states of this node's clients, or its own). */
  publishAwareness(update: Uint8Array): void
  /** Asks the other nodes to catch up from the store (after this node's link recovered). */
  publishResync(): void
  /** Unsubscribes; no handler is called after it resolves. */
  leave(): Promise<void>
}

/** Cross-node fan-out for every board this node has loaded. */
export interface Fanout {
  /** This node's id, carried by every message it publishes so it never applies its own. */
  readonly nodeId: string
  /**
   * Subscribes to a board's channel. Resolves once the subscription is active (or at once
   * while the fan-out is down: the resync on recovery covers that), so a room that then loads
   * the board from the store misses nothing published after the load began.
   */
  join(boardId: string, handlers: FanoutHandlers): Promise<BoardChannel>
  /**
   * Whether the links to the other nodes work now (always, for one node alone). Never
   * rejects: a failure is an answer.
   */
  readiness(): Promise<Readiness>
  /** Closes the connections; no handler is called after it resolves. */
  close(): Promise<void>
}

/**
 * What crossed the links to the other nodes, for metrics. Messages carry no send time, so
 * the time from publish to delivery is not measured.
 */
export interface FanoutEvents {
  /** A message of `bytes` (encoded, as sent) went out to the other nodes. */
  published?(bytes: number): void
  /** A message of `bytes` from another node arrived (this node's own echoes are not counted). */
  received?(bytes: number): void
}
