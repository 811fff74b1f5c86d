import * as awarenessProtocol from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../logger'
import { openSqliteStore } from '../persistence/sqlite'
import type { DocPolicy, WriterIdentity } from '../policy/types'
import { encodeAwareness, encodeUpdate } from '../sync/messages'
import { AudienceCache, NO_AUDIENCE, type RoomAudience } from './audience'
import { Room } from './Room'
import { fakeConnection } from './testing'

const BOARD = 'board-audience'

describe('the audience cache', () => {
  it('reads the audience once per version of the document', () => {
    const doc = new Y.Doc()
    let reads = 0
    const presenters = new Set(['p-1'])
    const cache = new AudienceCache(doc, {
      read: () => {
        reads++
        return { groups: null, presenters: (now) => (now < 1000 ? presenters : new Set()) }
      },
      coopIdOf: () => null,
    })
    expect(cache.at(0).presenters).toBe(presenters)
    // Time still counts between reads: a summons ages without the document changing.
    expect(cache.at(2000).presenters.size).toBe(0)
    expect(reads).toBe(1)
    doc.getMap('m').set('a', 1)
    cache.at(0)
    expect(reads).toBe(2)
    cache.dispose()
    doc.getMap('m').set('a', 2)
    expect(reads).toBe(2)
  })
})

describe('a room’s writers as the audience names their coops', () => {
  /** A room whose policy records the writer of each update it reviews. */
  async function roomWith(audience: RoomAudience | undefined) {
    const store = openSqliteStore(':memory:')
    await store.createBoard({ id: BOARD, title: 'Audience', createdAt: new Date(0).toISOString() }, [])
    const writers: WriterIdentity[] = []
    const policy: DocPolicy = {
      review: (_doc, _transaction, _role, writer) => {
        if (writer) writers.push(writer)
        return []
      },
      quarantine: () => [],
    }
    const room = await Room.load(BOARD, {
      store,
      logger: createLogger('silent'),
      policy,
      compactEvery: 1000,
      ...(audience ? { audience } : {}),
    })
    const { connection } = fakeConnection(room)
    const client = new awarenessProtocol.Awareness(new Y.Doc())
    client.setLocalState({ user: { id: 'p-ana', name: 'Ana', coop: 'Tierra Coop' } })
    room.receive(connection, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID])))
    const edit = new Y.Doc()
    edit.getMap('m').set('a', 1)
    room.receive(connection, encodeUpdate(Y.encodeStateAsUpdate(edit)))
    await room.flush()
    await room.close()
    return writers
  }

  it('hands the policy the coop ids the injected audience gives, and none without one', async () => {
    const coops: RoomAudience = { ...NO_AUDIENCE, coopIdOf: (name) => `coop:${name.toLowerCase()}` }
    expect(await roomWith(coops)).toEqual([{ participantIds: new Set(['p-ana']), coopIds: new Set(['coop:tierra coop']) }])
    expect(await roomWith(undefined)).toEqual([{ participantIds: new Set(['p-ana']), coopIds: new Set() }])
  })
})
