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
import type { RoomAudience } from './audience'
import { Room } from './Room'
import { fakeConnection } from './testing'

const BOARD = 'board-presence'
const FLUSH_MS = 50

async function loadRoom(statesPerSecond?: number, presenceRefreshMs?: number, audience?: RoomAudience): Promise<Room> {
  const store = openSqliteStore(':memory:')
  await store.createBoard({ id: BOARD, title: 'Presence', createdAt: new Date(0).toISOString() }, [])
  return Room.load(BOARD, {
    store,
    logger: createLogger('silent'),
    policy: createBoardPolicy(),
    compactEvery: 1000,
    awarenessFlushMs: FLUSH_MS,
    ...(statesPerSecond ? { awarenessStatesPerSecond: statesPerSecond } : {}),
    ...(presenceRefreshMs ? { presenceRefreshMs } : {}),
    ...(audience ? { audience } : {}),
  })
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

/** The entries of every awareness frame in `frames`, in order. */
function awarenessEntries(frames: readonly Uint8Array[]) {
  return frames
    .filter((frame) => frame[0] === MessageType.awareness)
    .flatMap((frame) => {
      const decoder = decoding.createDecoder(frame)
      decoding.readVarUint(decoder)
      return decodeAwarenessUpdate(decoding.readVarUint8Array(decoder))
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

const REFRESH_MS = 1000

/** A browser's presence as Plenary publishes it: its screen shows 1000 × 500 page units from (viewX, 0). */
function presenceFrame(
  client: awarenessProtocol.Awareness,
  viewX: number,
  cursor: { x: number; y: number } | null,
  following: string | null = null,
  selectedShapeIds: string[] = [],
): Uint8Array {
  client.setLocalStateField('user', { id: `p-${client.clientID}`, name: 'Ada', coop: 'Coop', color: '#123456' })
  client.setLocalStateField('presence', {
    userId: `user:${client.clientID}`,
    currentPageId: 'page:page',
    camera: { x: -viewX, y: 0, z: 1 },
    screenBounds: { x: 0, y: 0, w: 1000, h: 500 },
    cursor: cursor && { ...cursor, type: 'default', rotation: 0 },
    followingUserId: following,
    selectedShapeIds,
  })
  return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]))
}

/** A thinning room with `count` people, each with a client of their own. */
async function meeting(count: number, audience?: RoomAudience) {
  const room = await loadRoom(undefined, REFRESH_MS, audience)
  const people = Array.from({ length: count }, () => ({ ...fakeConnection(room), client: new awarenessProtocol.Awareness(new Y.Doc()) }))
  return { room, people }
}

describe('presence thinning', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('sends at once the cursors on the screen, far moves at the keep-alive and far selections at the refresh', async () => {
    // No stagger: the first refresh comes one interval after joining, the first keep-alive two.
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const { room, people } = await meeting(3)
    const [watcher, near, far] = people
    room.receive(watcher!.connection, presenceFrame(watcher!.client, 0, { x: 10, y: 10 }))
    room.receive(near!.connection, presenceFrame(near!.client, 0, { x: 20, y: 20 }))
    room.receive(far!.connection, presenceFrame(far!.client, 5000, { x: 5100, y: 20 }))
    // Joining goes to everyone at once; what follows is the steady state.
    vi.advanceTimersByTime(FLUSH_MS)
    watcher!.frames.length = 0
    for (let move = 1; move <= 3; move++) {
      room.receive(near!.connection, presenceFrame(near!.client, 0, { x: 20 + move, y: 20 }))
      room.receive(far!.connection, presenceFrame(far!.client, 5000, { x: 5100 + move, y: 20 }))
      vi.advanceTimersByTime(FLUSH_MS)
    }
    expect(awarenessFrames(watcher!.frames)).toEqual([[near!.client.clientID], [near!.client.clientID], [near!.client.clientID]])
    // Moves nobody here can see are not worth a refresh; they go at the keep-alive, as the newest state.
    vi.advanceTimersByTime(1.2 * REFRESH_MS)
    expect(awarenessFrames(watcher!.frames)).toHaveLength(3)
    vi.advanceTimersByTime(REFRESH_MS)
    const kept = awarenessEntries(watcher!.frames).slice(3)
    expect(kept.map((entry) => entry.clientId)).toEqual([far!.client.clientID])
    expect(kept[0]?.state).toMatchObject({ presence: { cursor: { x: 5103 } } })
    // A selection is seen from afar (it highlights shapes that may be on this screen): it goes at the next refresh.
    watcher!.frames.length = 0
    room.receive(far!.connection, presenceFrame(far!.client, 5000, { x: 5104, y: 20 }, null, ['shape:a']))
    vi.advanceTimersByTime(REFRESH_MS + FLUSH_MS)
    expect(awarenessEntries(watcher!.frames).map((entry) => entry.clientId)).toEqual([far!.client.clientID])
    // Nobody gets their own state back.
    expect(awarenessFrames(near!.frames).flat()).not.toContain(near!.client.clientID)
    await room.close()
  })

  it('sends the move that takes a cursor off the screen, a newcomer at once, and what the watcher follows', async () => {
    const { room, people } = await meeting(3)
    const [watcher, mover, leader] = people
    room.receive(watcher!.connection, presenceFrame(watcher!.client, 0, { x: 10, y: 10 }))
    room.receive(mover!.connection, presenceFrame(mover!.client, 0, { x: 20, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    watcher!.frames.length = 0
    room.receive(mover!.connection, presenceFrame(mover!.client, 0, { x: 3000, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher!.frames)).toEqual([[mover!.client.clientID]])
    // Off the screen now: further moves wait for the refresh.
    room.receive(mover!.connection, presenceFrame(mover!.client, 0, { x: 3001, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher!.frames)).toHaveLength(1)
    // A newcomer far away is announced at once; once followed, its moves come at once too.
    room.receive(leader!.connection, presenceFrame(leader!.client, 8000, { x: 8100, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher!.frames).at(-1)).toEqual([leader!.client.clientID])
    room.receive(watcher!.connection, presenceFrame(watcher!.client, 0, { x: 10, y: 10 }, `user:${leader!.client.clientID}`))
    vi.advanceTimersByTime(FLUSH_MS)
    const before = awarenessFrames(watcher!.frames).length
    room.receive(leader!.connection, presenceFrame(leader!.client, 8000, { x: 8200, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher!.frames).slice(before)).toEqual([[leader!.client.clientID]])
    await room.close()
  })

  it('sends what is on the screen at once after the receiver pans to it', async () => {
    const { room, people } = await meeting(2)
    const [watcher, far] = people
    room.receive(watcher!.connection, presenceFrame(watcher!.client, 0, { x: 10, y: 10 }))
    room.receive(far!.connection, presenceFrame(far!.client, 5000, { x: 5100, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    room.receive(far!.connection, presenceFrame(far!.client, 5000, { x: 5200, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    watcher!.frames.length = 0
    room.receive(watcher!.connection, presenceFrame(watcher!.client, 5000, { x: 5010, y: 10 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher!.frames)).toEqual([[far!.client.clientID]])
    await room.close()
  })

  it("sends a facilitator's moves at once wherever they are", async () => {
    const room = await loadRoom(undefined, REFRESH_MS)
    const facilitator = room.addConnection({
      id: 'conn-facilitator',
      role: Role.facilitator,
      tokenHash: 'hash-f',
      socket: { send: () => undefined, close: () => undefined },
    })
    const facilitatorClient = new awarenessProtocol.Awareness(new Y.Doc())
    room.receive(facilitator, presenceFrame(facilitatorClient, 9000, { x: 9100, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    // The watcher joins later: it got the facilitator's state with everyone's on joining.
    const watcher = { ...fakeConnection(room), client: new awarenessProtocol.Awareness(new Y.Doc()) }
    room.receive(watcher.connection, presenceFrame(watcher.client, 0, { x: 10, y: 10 }))
    vi.advanceTimersByTime(FLUSH_MS)
    watcher.frames.length = 0
    room.receive(facilitator, presenceFrame(facilitatorClient, 9000, { x: 9200, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher.frames)).toEqual([[facilitatorClient.clientID]])
    await room.close()
  })

  it("holds a renewal (the same state with a newer clock) for each connection's keep-alive", async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const { room, people } = await meeting(3)
    const [stock, watcher, idle] = people
    room.receive(watcher!.connection, presenceFrame(watcher!.client, 0, { x: 10, y: 10 }))
    room.receive(idle!.connection, presenceFrame(idle!.client, 0, { x: 20, y: 20 }))
    vi.advanceTimersByTime(FLUSH_MS)
    stock!.frames.length = 0
    watcher!.frames.length = 0
    // What the y-protocols client does every 15 s: the same state again, one clock higher.
    idle!.client.setLocalState(idle!.client.getLocalState())
    room.receive(idle!.connection, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(idle!.client, [idle!.client.clientID])))
    vi.advanceTimersByTime(4 * FLUSH_MS)
    expect(awarenessFrames(stock!.frames)).toEqual([])
    expect(awarenessFrames(watcher!.frames)).toEqual([])
    // Without stagger the first keep-alive comes two refresh intervals after joining.
    vi.advanceTimersByTime(2 * REFRESH_MS)
    for (const person of [stock!, watcher!]) {
      const entries = awarenessEntries(person.frames).filter((entry) => entry.clientId === idle!.client.clientID)
      expect(entries.at(-1)?.clock).toBe(idle!.client.meta.get(idle!.client.clientID)?.clock)
    }
    await room.close()
  })

  it('gives a stock client, which publishes no view, every change at once', async () => {
    const { room, people } = await meeting(3)
    const [stock, a, b] = people
    room.receive(a!.connection, presenceFrame(a!.client, 0, { x: 10, y: 10 }))
    room.receive(b!.connection, presenceFrame(b!.client, 9000, { x: 9010, y: 10 }))
    vi.advanceTimersByTime(FLUSH_MS)
    stock!.frames.length = 0
    room.receive(a!.connection, presenceFrame(a!.client, 0, { x: 11, y: 10 }))
    room.receive(b!.connection, presenceFrame(b!.client, 9000, { x: 9011, y: 10 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(stock!.frames).map((ids) => new Set(ids))).toEqual([new Set([a!.client.clientID, b!.client.clientID])])
    await room.close()
  })
})

describe('presence with an injected audience', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  /** An audience as a board's features would give it, with the reads counted. */
  function fakeAudience(groups: ReadonlyMap<string, string> | null, presenters: ReadonlySet<string>) {
    const audience = {
      reads: 0,
      read: () => {
        audience.reads++
        return { groups, presenters: () => presenters }
      },
      coopIdOf: () => null,
    }
    return audience
  }

  it("sends at once the moves of the audience's presenters, wherever they are, and no one else's far moves", async () => {
    const anyone = new awarenessProtocol.Awareness(new Y.Doc())
    const presenter = new awarenessProtocol.Awareness(new Y.Doc())
    const audience = fakeAudience(null, new Set([`p-${presenter.clientID}`]))
    const room = await loadRoom(undefined, REFRESH_MS, audience)
    const [watcher, far, stage] = [fakeConnection(room), fakeConnection(room), fakeConnection(room)]
    const watcherClient = new awarenessProtocol.Awareness(new Y.Doc())
    room.receive(watcher.connection, presenceFrame(watcherClient, 0, { x: 10, y: 10 }))
    room.receive(far.connection, presenceFrame(anyone, 9000, { x: 9100, y: 20 }))
    room.receive(stage.connection, presenceFrame(presenter, 9000, { x: 9100, y: 40 }))
    vi.advanceTimersByTime(FLUSH_MS)
    watcher.frames.length = 0
    room.receive(far.connection, presenceFrame(anyone, 9000, { x: 9200, y: 20 }))
    room.receive(stage.connection, presenceFrame(presenter, 9000, { x: 9200, y: 40 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher.frames)).toEqual([[presenter.clientID]])
    await room.close()
  })

  it("keeps a member's screen to their own group's cursors while the audience has groups", async () => {
    const people = Array.from({ length: 3 }, () => new awarenessProtocol.Awareness(new Y.Doc()))
    const [w, mate, other] = people.map((client) => `p-${client.clientID}`)
    const audience = fakeAudience(
      new Map([
        [w!, 'g1'],
        [mate!, 'g1'],
        [other!, 'g2'],
      ]),
      new Set(),
    )
    const { room, people: connections } = await meeting(3, audience)
    connections.forEach((person, i) => room.receive(person.connection, presenceFrame(people[i]!, 0, { x: 10 + i, y: 10 })))
    vi.advanceTimersByTime(FLUSH_MS)
    const watcher = connections[0]!
    watcher.frames.length = 0
    room.receive(connections[1]!.connection, presenceFrame(people[1]!, 0, { x: 30, y: 10 }))
    room.receive(connections[2]!.connection, presenceFrame(people[2]!, 0, { x: 40, y: 10 }))
    vi.advanceTimersByTime(FLUSH_MS)
    expect(awarenessFrames(watcher.frames)).toEqual([[people[1]!.clientID]])
    // Read once for the unchanged document, however many flushes.
    expect(audience.reads).toBe(1)
    await room.close()
  })
})
