import * as awarenessProtocol from 'y-protocols/awareness'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { MessageType, Role } from '../../shared/protocol'
import { createLogger } from '../logger'
import { openSqliteStore } from '../persistence/sqlite'
import { createBoardPolicy } from '../policy/boardPolicy'
import { decodeAwarenessUpdate } from '../sync/awareness'
import { encodeAwareness } from '../sync/messages'
import * as decoding from 'lib0/decoding'
import { Room } from './Room'

const BOARD = 'board-presence'
const FLUSH_MS = 50

async function loadRoom(statesPerSecond?: number): Promise<Room> {
  const store = openSqliteStore(':memory:')
  await store.createBoard({ id: BOARD, title: 'Presence', createdAt: new Date(0).toISOString() }, [])
  return Room.load(BOARD, {
    store,
    logger: createLogger('silent'),
    policy: createBoardPolicy(),
    compactEvery: 1000,
    awarenessFlushMs: FLUSH_MS,
    ...(statesPerSecond ? { awarenessStatesPerSecond: statesPerSecond } : {}),
  })
}

function fakeConnection(room: Room) {
  const frames: Uint8Array[] = []
  const connection = room.addConnection({
    id: `conn-${Math.random()}`,
    role: Role.participant,
    tokenHash: 'hash',
    socket: { send: (frame) => frames.push(frame), close: () => undefined },
  })
  return { connection, frames }
}

/** The client ids of every awareness frame in `frames`, frame by frame. */
function awarenessFrames(frames: readonly Uint8Array[]): number[][] {
  return frames
    .filter((frame) => frame[0] === MessageType.awareness)
    .map((frame) => {
      const decoder = decoding.createDecoder(frame)
      decoding.readVarUint(decoder)
      return decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)).map((entry) => entry.clientId)
    })
}

/** A client of its own moving its cursor once: the frame it sends. */
function cursorFrame(client: awarenessProtocol.Awareness, x: number): Uint8Array {
  client.setLocalStateField('cursor', { x, y: 0 })
  return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]))
}

describe('presence relay with coalescing', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('relays every change of an interval in one frame, each client with its latest state', async () => {
    const room = await loadRoom()
    const watcher = fakeConnection(room)
    const senders = [fakeConnection(room), fakeConnection(room), fakeConnection(room)]
    const clients = senders.map(() => new awarenessProtocol.Awareness(new Y.Doc()))
    watcher.frames.length = 0
    for (let move = 0; move < 5; move++) {
      senders.forEach((sender, i) => room.receive(sender.connection, cursorFrame(clients[i]!, move)))
    }
    expect(awarenessFrames(watcher.frames)).toEqual([])
    vi.advanceTimersByTime(FLUSH_MS)
    const relayed = awarenessFrames(watcher.frames)
    expect(relayed).toHaveLength(1)
    expect(new Set(relayed[0])).toEqual(new Set(clients.map((c) => c.clientID)))
    expect(room.awareness.getStates().get(clients[0]!.clientID)).toMatchObject({ cursor: { x: 4 }, role: Role.participant })
    await room.close()
  })

  it('with a cap, relays the oldest changes first and the rest in the next intervals', async () => {
    // 40 states per second at 50 ms intervals: two per frame.
    const room = await loadRoom(40)
    const watcher = fakeConnection(room)
    const senders = Array.from({ length: 5 }, () => fakeConnection(room))
    const clients = senders.map(() => new awarenessProtocol.Awareness(new Y.Doc()))
    watcher.frames.length = 0
    senders.forEach((sender, i) => room.receive(sender.connection, cursorFrame(clients[i]!, 1)))
    vi.advanceTimersByTime(FLUSH_MS * 3)
    const ids = clients.map((c) => c.clientID)
    expect(awarenessFrames(watcher.frames)).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)])
    await room.close()
  })
})
