/**
 * The minimal socket a Room talks to, so rooms can be tested with fake sockets and the ws
 * library stays in the transport layer.
 */
export interface RoomSocket {
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
}

/** One client connection inside a room. */
export interface RoomConnection {
  readonly id: string
  readonly socket: RoomSocket
  /** Awareness client ids this connection has announced, removed when it leaves. */
  readonly awarenessClientIds: Set<number>
  closed: boolean
}
