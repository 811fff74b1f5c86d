/**
 * What other nodes publish about a board while its room is still loading: kept in arrival
 * order and handed to the room once it exists. Subscribing before the load and applying this
 * after it means nothing published during the load is missed; Yjs updates are idempotent and
 * commutative, so what the load already contained is applied again harmlessly.
 */
import type { FanoutHandlers } from '../fanout/types'

/** The room side of the fan-out: what a room does with other nodes' messages. */
export interface RemoteReceiver {
  applyRemoteUpdate(update: Uint8Array): void
  applyRemoteAwareness(update: Uint8Array): void
  resync(announce: boolean): void
}

type Pending = { kind: 'update'; payload: Uint8Array } | { kind: 'awareness'; payload: Uint8Array } | { kind: 'resync'; announce: boolean }

/** Buffers fan-out messages until {@link RemoteInbox.deliverTo} names their room. */
export class RemoteInbox implements FanoutHandlers {
  private receiver: RemoteReceiver | null = null
  private pending: Pending[] = []

  update(update: Uint8Array): void {
    if (this.receiver) this.receiver.applyRemoteUpdate(update)
    else this.pending.push({ kind: 'update', payload: update })
  }

  awareness(update: Uint8Array): void {
    if (this.receiver) this.receiver.applyRemoteAwareness(update)
    else this.pending.push({ kind: 'awareness', payload: update })
  }

  resync(announce: boolean): void {
    if (this.receiver) this.receiver.resync(announce)
    else this.pending.push({ kind: 'resync', announce })
  }

  /** Applies what arrived so far to `receiver`, in order, and forwards everything after it. */
  deliverTo(receiver: RemoteReceiver): void {
    this.receiver = receiver
    const pending = this.pending
    this.pending = []
    for (const message of pending) {
      if (message.kind === 'update') receiver.applyRemoteUpdate(message.payload)
      else if (message.kind === 'awareness') receiver.applyRemoteAwareness(message.payload)
      else receiver.resync(message.announce)
    }
  }
}
