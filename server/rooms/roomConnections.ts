/** The open connections of one room, and sending to them. */
import type { Logger } from '../logger'
import { encodeUpdate } from '../sync/messages'
import type { RoomEvents } from './roomDeps'
import type { RoomConnection } from './RoomSocket'

/** What the connections report to their room. */
export interface RoomConnectionsDeps {
  logger: Logger
  events?: RoomEvents
  /** A send failed: the room forgets the connection. */
  onSendFailed(connection: RoomConnection): void
}

/** A room's connections, in the order they joined. */
export class RoomConnections implements Iterable<RoomConnection> {
  private readonly open = new Set<RoomConnection>()

  constructor(private readonly deps: RoomConnectionsDeps) {}

  get size(): number {
    return this.open.size
  }

  [Symbol.iterator](): IterableIterator<RoomConnection> {
    return this.open.values()
  }

  has(connection: RoomConnection): boolean {
    return this.open.has(connection)
  }

  add(connection: RoomConnection): void {
    this.open.add(connection)
  }

  /** Forgets a connection; false when it was not open. */
  delete(connection: RoomConnection): boolean {
    return this.open.delete(connection)
  }

  /** Sends a frame to one connection; a socket that fails is forgotten. */
  send(connection: RoomConnection, frame: Uint8Array): void {
    if (connection.closed) return
    try {
      connection.socket.send(frame)
    } catch (error) {
      this.deps.logger.debug({ err: error, connId: connection.id }, 'send failed')
      this.deps.onSendFailed(connection)
    }
  }

  /** Sends a document update to every connection but `except`. */
  broadcastUpdate(update: Uint8Array, except: RoomConnection | null): void {
    const frame = encodeUpdate(update)
    let receivers = 0
    for (const connection of this.open) {
      if (connection === except) continue
      this.send(connection, frame)
      receivers++
    }
    this.deps.events?.broadcast?.(frame.byteLength, receivers)
  }
}
