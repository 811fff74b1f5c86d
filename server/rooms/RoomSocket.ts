/**
 * The minimal socket a Room talks to, so rooms can be tested with fake sockets and the ws
 * library stays in the transport layer.
 */
import type { Role } from '../../shared/protocol'

export interface RoomSocket {
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
}

/** One client connection inside a room. */
export interface RoomConnection {
  readonly id: string
  readonly socket: RoomSocket
  /** The role the connection's token opened; decided at upgrade. */
  readonly role: Role
  /** Hash of the token it presented, so rotating a link can close exactly its holders. */
  readonly tokenHash: string
  /** Awareness client ids this connection has announced, removed when it leaves. */
  readonly awarenessClientIds: Set<number>
  closed: boolean
}

/** What a room needs to know about a new connection. */
export interface ConnectionInit {
  id: string
  socket: RoomSocket
  role: Role
  tokenHash: string
}
