import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { CloseCode, MessageType, Role } from '../../shared/protocol'
import { createLogger } from '../logger'
import { openSqliteStore } from '../persistence/sqlite'
import { createBoardPolicy } from '../policy/boardPolicy'
import { encodeUpdate } from '../sync/messages'
import { holdableStore, type HoldableStore } from '../testing/heldStore'
import { syncFrame } from '../testing/rawClient'
import { testNote } from '../testing/testNotes'
import type { Room } from './Room'
import { RoomRegistry } from './RoomRegistry'

const BOARD = 'board-held'

/** One note by its own writer, as one update. */
function noteUpdate(n: number): Uint8Array {
  const doc = new Y.Doc()
  recordsMap(doc).set(`shape:n${n}`, testNote(n))
  return Y.encodeStateAsUpdate(doc)
}

async function setup(): Promise<{ held: HoldableStore; registry: RoomRegistry; room: Room }> {
  const inner = openSqliteStore(':memory:')
  await inner.createBoard({ id: BOARD, title: 'Held', createdAt: new Date(0).toISOString() }, [])
  const held = holdableStore(inner)
  const registry = new RoomRegistry({
    store: held.store,
    logger: createLogger('silent'),
    policy: createBoardPolicy(),
    compactEvery: 1000,
    idleUnloadMs: 60_000,
  })
  return { held, registry, room: await registry.acquire(BOARD) }
}

/** A connection whose client applies every document frame it receives, as y-websocket does. */
function fakeClient(room: Room) {
  const doc = new Y.Doc()
  const closes: number[] = []
  let step2s = 0
  const connection = room.addConnection({
    id: `conn-${Math.random()}`,
    role: Role.participant,
    tokenHash: 'hash',
    socket: {
      send(frame) {
        const decoder = decoding.createDecoder(frame)
        if (decoding.readVarUint(decoder) !== MessageType.sync) return
        if (syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server') === syncProtocol.messageYjsSyncStep2) step2s++
      },
      close: (code) => closes.push(code),
    },
  })
  return {
    connection,
    doc,
    closes,
    get step2s() {
      return step2s
    },
    /** Sends the client's sync step 1: "send me what I lack". */
    askForState: () => room.receive(connection, syncFrame(0, Y.encodeStateVector(doc))),
    notes: () => [...recordsMap(doc).keys()].sort(),
  }
}

const noteIds = (ns: number[]) => ns.map((n) => `shape:n${n}`).sort()

describe('state answers and readers wait for the batch being stored', () => {
  it('answers a sync step 1 at once when nothing waits for a commit (SQLite commits in the same turn)', async () => {
    const { registry, room } = await setup()
    const writer = fakeClient(room)
    room.receive(writer.connection, encodeUpdate(noteUpdate(1)))
    await room.flush()
    const reader = fakeClient(room)
    reader.askForState()
    expect(reader.step2s).toBe(1)
    expect(reader.notes()).toEqual(noteIds([1]))
    await registry.closeAll()
  })

  it('answers a sync step 1 sent during a held commit only after it, with the batch and what follows', async () => {
    const { held, registry, room } = await setup()
    const writer = fakeClient(room)
    const commit = held.hold()
    room.receive(writer.connection, encodeUpdate(noteUpdate(1)))
    await commit.reached
    expect(recordsMap(room.doc).has('shape:n1')).toBe(true)

    const reader = fakeClient(room)
    reader.askForState()
    const read = registry.readDocument(BOARD, (doc) => ({ notes: [...recordsMap(doc).keys()].sort(), commits: held.commits }))
    // Arrives while the first batch waits: stored and broadcast after it, to the reader too.
    room.receive(writer.connection, encodeUpdate(noteUpdate(2)))
    expect(reader.step2s).toBe(0)
    expect(reader.notes()).toEqual([])

    commit.commit()
    expect(await read).toEqual({ notes: noteIds([1]), commits: 1 })
    await room.flush()
    expect(reader.step2s).toBe(1)
    expect(reader.notes()).toEqual(noteIds([1, 2]))
    expect(held.commits).toBe(2)
    await registry.closeAll()
  })

  it('never serves a batch whose commit failed: the waiting client is closed without it, readers get the store', async () => {
    const { held, registry, room } = await setup()
    const writer = fakeClient(room)
    room.receive(writer.connection, encodeUpdate(noteUpdate(1)))
    await room.flush()
    const commit = held.hold()
    room.receive(writer.connection, encodeUpdate(noteUpdate(2)))
    await commit.reached

    const reader = fakeClient(room)
    reader.askForState()
    const read = registry.readDocument(BOARD, (doc) => [...recordsMap(doc).keys()].sort())
    commit.fail()
    expect(await read).toEqual(noteIds([1]))
    await room.flush()
    expect(reader.step2s).toBe(0)
    expect(reader.notes()).toEqual([])
    expect(reader.closes).toEqual([CloseCode.storageUnavailable])
    expect(registry.peek(BOARD)).toBeUndefined()
    await registry.closeAll()
  })
})
