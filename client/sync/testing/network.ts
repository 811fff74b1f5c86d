/**
 * A simulated network of Y.Docs for convergence tests, after yjs's own test helper: updates are
 * queued per recipient and delivered in an order a seeded generator picks; a peer may drop off
 * (losing what was in flight to it) and come back, resyncing through state vectors.
 */
import * as prng from 'lib0/prng'
import * as Y from 'yjs'

/** Origin of updates the network applies, so they look remote to the binding. */
export const NETWORK_ORIGIN: object = Object.freeze({ name: 'simulated-network' })

interface Message {
  to: number
  update: Uint8Array
}

/** Peers exchanging Yjs updates; see the module comment. */
export class SimulatedNetwork {
  readonly docs: Y.Doc[]
  private readonly online: boolean[]
  private queue: Message[] = []
  private readonly unsubscribers: (() => void)[] = []

  constructor(
    docs: Y.Doc[],
    private readonly gen: prng.PRNG,
  ) {
    this.docs = docs
    this.online = docs.map(() => true)
    docs.forEach((doc, from) => {
      const onUpdate = (update: Uint8Array, origin: unknown): void => {
        if (origin === NETWORK_ORIGIN || !this.online[from]) return
        this.broadcast(from, update)
      }
      doc.on('update', onUpdate)
      this.unsubscribers.push(() => doc.off('update', onUpdate))
    })
  }

  /** Messages still in flight. */
  get pending(): number {
    return this.queue.length
  }

  /** True while `peer` is on the network. */
  isOnline(peer: number): boolean {
    return this.online[peer] === true
  }

  private broadcast(from: number, update: Uint8Array): void {
    this.docs.forEach((_doc, to) => {
      if (to !== from && this.online[to]) this.queue.push({ to, update })
    })
  }

  /** Delivers one message picked at random; false when nothing was in flight. */
  deliverOne(): boolean {
    if (this.queue.length === 0) return false
    const index = prng.int32(this.gen, 0, this.queue.length - 1)
    const [message] = this.queue.splice(index, 1)
    if (message) Y.applyUpdate(this.docs[message.to] as Y.Doc, message.update, NETWORK_ORIGIN)
    return true
  }

  /** Takes `peer` off the network; what was in flight to it is lost, like a dropped socket. */
  disconnect(peer: number): void {
    this.online[peer] = false
    this.queue = this.queue.filter((m) => m.to !== peer)
  }

  /**
   * Puts `peer` back and queues the state-vector exchange with every online peer: each side
   * gets exactly what it lacks, as y-protocols' sync steps would send.
   */
  reconnect(peer: number): void {
    this.online[peer] = true
    const doc = this.docs[peer] as Y.Doc
    this.docs.forEach((other, index) => {
      if (index === peer || !this.online[index]) return
      this.queue.push({ to: peer, update: Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)) })
      this.queue.push({ to: index, update: Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)) })
    })
  }

  /** Stops listening to the docs. */
  destroy(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe()
    this.queue = []
  }
}
