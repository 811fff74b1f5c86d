/** Helpers for the room tests. */
import { Role } from '../../shared/protocol'
import type { Room } from './Room'
import type { RoomConnection } from './RoomSocket'

/** A connection with a fake socket that keeps every frame the room sends it. */
export function fakeConnection(room: Room, role: Role = Role.participant): { connection: RoomConnection; frames: Uint8Array[] } {
  const frames: Uint8Array[] = []
  const connection = room.addConnection({
    id: `conn-${Math.random()}`,
    role,
    tokenHash: 'hash',
    socket: { send: (frame) => frames.push(frame), close: () => undefined },
  })
  return { connection, frames }
}
