import * as awarenessProtocol from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { Role } from '../../shared/protocol'
import type { BoardChannel, Fanout, FanoutHandlers } from '../fanout/types'
import { createLogger } from '../logger'
import { openSqliteStore } from '../persistence/sqlite'
import type { BoardStore } from '../persistence/types'
import { createBoardPolicy } from '../policy/boardPolicy'
import { decodeAwarenessUpdate } from '../sync/awareness'
import { encodeAwareness, encodeUpdate } from '../sync/messages'
import { testNote } from '../testing/testNotes'
import { Room } from './Room'
import { fakeConnection } from './testing'

const BOARD = 'board-fanout'

/** A fan-out that records what the room publishes and lets the test play another node. */
function fakeFanout() {
  const published = { updates: [] as Uint8Array[], awareness: [] as Uint8Array[], resyncs: 0 }
  let handlers: FanoutHandlers | null = null
  let left = false
  const fanout: Fanout = {
    nodeId: 'this-node',
    async join(_boardId, h) {
      handlers = h
      const channel: BoardChannel = {
        publishUpdate: (u) => published.updates.push(u),
        publishAwareness: (u) => published.awareness.push(u),
        publishResync: () => published.resyncs++,
        reachesOtherNodes: true,
        async leave() {
          left = true
        },
      }
      return channel
    },
    readiness: async () => ({ ready: true }),
    close: async () => undefined,
  }
  return {
    fanout,
    published,
    get left() {
      return left
    },
    remote(): FanoutHandlers {
      if (!handlers) throw new Error('the room has not joined')
      return handlers
    },
  }
}

/** An update made by another writer: one note. */
function noteUpdate(n: number): Uint8Array {
  const doc = new Y.Doc()
  recordsMap(doc).set(`shape:n${n}`, testNote(n))
  return Y.encodeStateAsUpdate(doc)
}

async function storeWithBoard(): Promise<BoardStore & { appended: number }> {
  const inner = openSqliteStore(':memory:')
  await inner.createBoard({ id: BOARD, title: 'Fan-out', createdAt: new Date(0).toISOString() }, [])
  const counting = Object.assign(Object.create(null) as object, inner, {
    appended: 0,
    async appendUpdate(boardId: string, update: Uint8Array) {
      counting.appended++
      return inner.appendUpdate(boardId, update)
    },
    async appendUpdates(boardId: string, updates: readonly Uint8Array[]) {
      counting.appended += updates.length
      return inner.appendUpdates(boardId, updates)
    },
  })
  return counting
}

const deps = (store: BoardStore, fanout: Fanout) => ({
  store,
  fanout,
  logger: createLogger('silent'),
  policy: createBoardPolicy(),
  compactEvery: 1000,
})

describe('a room with other nodes', () => {
  it('applies what another node published while the board was loading from the store', async () => {
    const store = await storeWithBoard()
    await store.appendUpdate(BOARD, noteUpdate(1))
    const fake = fakeFanout()
    // The other node publishes after this node subscribed but before its read returns.
    const slowStore: BoardStore = Object.assign(Object.create(null) as object, store, {
      async loadDocument(boardId: string) {
        const stored = await store.loadDocument(boardId)
        fake.remote().update(noteUpdate(2))
        return stored
      },
    })
    const room = await Room.load(BOARD, deps(slowStore, fake.fanout))
    expect([...recordsMap(room.doc).keys()].sort()).toEqual(['shape:n1', 'shape:n2'])
    await room.close()
    expect(fake.left).toBe(true)
  })

  it('publishes each stored client update once, and sends remote updates to its clients without storing or publishing them', async () => {
    const store = await storeWithBoard()
    const fake = fakeFanout()
    const room = await Room.load(BOARD, deps(store, fake.fanout))
    const { connection } = fakeConnection(room)
    const watcher = fakeConnection(room)

    room.receive(connection, encodeUpdate(noteUpdate(1)))
    await room.flush()
    expect(store.appended).toBe(1)
    expect(fake.published.updates).toHaveLength(1)

    watcher.frames.length = 0
    const remoteUpdate = noteUpdate(2)
    fake.remote().update(remoteUpdate)
    expect(recordsMap(room.doc).has('shape:n2')).toBe(true)
    expect(watcher.frames).toHaveLength(1)
    // Applying it again changes nothing, so nothing is sent again.
    fake.remote().update(remoteUpdate)
    expect(watcher.frames).toHaveLength(1)
    await room.flush()
    expect(store.appended).toBe(1)
    expect(fake.published.updates).toHaveLength(1)
    await room.close()
  })

  it('publishes its clients’ presence and their removal, relays other nodes’ presence without publishing it, and keeps its clients’ ids its own', async () => {
    const store = await storeWithBoard()
    const fake = fakeFanout()
    const room = await Room.load(BOARD, deps(store, fake.fanout))
    const local = fakeConnection(room)
    const watcher = fakeConnection(room)

    const client = new awarenessProtocol.Awareness(new Y.Doc())
    client.setLocalState({ user: { id: 'p-local', name: 'Ana' } })
    room.receive(local.connection, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID])))
    const publishedStates = fake.published.awareness.flatMap((u) => decodeAwarenessUpdate(u))
    expect(publishedStates).toContainEqual(
      expect.objectContaining({ clientId: client.clientID, state: expect.objectContaining({ role: Role.participant }) }),
    )

    const remote = new awarenessProtocol.Awareness(new Y.Doc())
    remote.setLocalState({ user: { id: 'p-remote', name: 'Ben' }, role: Role.participant })
    const before = fake.published.awareness.length
    watcher.frames.length = 0
    fake.remote().awareness(awarenessProtocol.encodeAwarenessUpdate(remote, [remote.clientID]))
    expect(room.awareness.getStates().get(remote.clientID)).toMatchObject({ user: { id: 'p-remote' } })
    expect(watcher.frames.length).toBeGreaterThan(0)
    expect(fake.published.awareness).toHaveLength(before)

    // Another node may not overwrite a state one of this node's connections holds.
    const forged = new awarenessProtocol.Awareness(new Y.Doc())
    forged.clientID = client.clientID
    forged.setLocalState({ user: { id: 'p-forged', name: 'Eve' } })
    forged.setLocalState({ user: { id: 'p-forged', name: 'Eve' } })
    forged.setLocalState({ user: { id: 'p-forged', name: 'Eve' } })
    fake.remote().awareness(awarenessProtocol.encodeAwarenessUpdate(forged, [client.clientID]))
    expect(room.awareness.getStates().get(client.clientID)).toMatchObject({ user: { id: 'p-local' } })

    // The connection goes away without a goodbye: the other nodes are told to drop its state.
    room.removeConnection(local.connection)
    const last = fake.published.awareness.at(-1)
    expect(last && decodeAwarenessUpdate(last)).toContainEqual(expect.objectContaining({ clientId: client.clientID, state: null }))
    await room.close()
  })

  it('catches up from the store when asked to resync, and announces itself when its own link came back', async () => {
    const store = await storeWithBoard()
    const fake = fakeFanout()
    const room = await Room.load(BOARD, deps(store, fake.fanout))
    const watcher = fakeConnection(room)
    // Stored by another node while the fan-out lost its message.
    await store.appendUpdate(BOARD, noteUpdate(7))
    watcher.frames.length = 0
    fake.remote().resync(false)
    await room.flush()
    expect(recordsMap(room.doc).has('shape:n7')).toBe(true)
    expect(watcher.frames.length).toBeGreaterThan(0)
    expect(fake.published.resyncs).toBe(0)

    fake.remote().resync(true)
    await room.flush()
    expect(fake.published.resyncs).toBe(1)
    expect(fake.published.awareness.length).toBeGreaterThan(0)
    await room.close()
  })
})
