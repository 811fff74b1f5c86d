import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol'
import { useTestServer, type TestServerHarness } from '../testing/harness'
import { metricValue, scrape } from '../testing/metricsText'
import { openRaw, syncFrame, syncUrl, type RawClient } from '../testing/rawClient'
import { createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'
import { encodeAwarenessUpdate, type AwarenessEntry } from '../sync/awareness'
import { encodeAwareness } from '../sync/messages'

/** Client ids the attackers use, far from the random 32-bit ids of stock clients. */
const FAKE = 1_000_000
const isFake = (id: number) => id >= FAKE && id < 2 * FAKE
const MB = 1024 * 1024

const fakeState = (i: number) => ({
  user: { id: `fake-${i}`, name: `Fake ${i}`, coop: 'Nobody', color: '#000000' },
  cursor: { x: i, y: i },
})
const frameOf = (entries: readonly AwarenessEntry[]) => encodeAwareness(encodeAwarenessUpdate(entries))
const fakes = (from: number, count: number): AwarenessEntry[] =>
  Array.from({ length: count }, (_, i) => ({ clientId: FAKE + from + i, clock: 1, state: fakeState(from + i) }))

async function presenceCloses(harness: TestServerHarness, limit: string): Promise<number> {
  return metricValue(await scrape(harness.server.origin), 'plenary_presence_limit_closes_total', { limit })
}

/** An honest stock client that records every client id whose state ever reached it. */
function observer(harness: TestServerHarness, board: TestBoard, name: string): TestClient & { seen: Set<number>; closes: number[] } {
  const client = harness.client(board, { user: { id: `id-${name}`, name, coop: 'Coop' } })
  const seen = new Set<number>()
  const closes: number[] = []
  client.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
    for (const id of [...added, ...updated]) seen.add(id)
  })
  client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0))
  return Object.assign(client, { seen, closes })
}

/**
 * Resolves once `watcher` has seen a new cursor position of `mover`: the server handled every
 * frame that arrived before it, and relayed whatever of them it applied.
 */
async function barrier(mover: TestClient, watcher: TestClient, mark: number): Promise<void> {
  mover.provider.awareness.setLocalStateField('cursor', { x: mark, y: 0 })
  const moverId = mover.provider.awareness.clientID
  await waitFor(
    () => (watcher.provider.awareness.getStates().get(moverId)?.cursor as { x?: number } | undefined)?.x === mark,
    5000,
    'barrier',
  )
}

/** Resolves once the server has handled every frame `raw` sent before: it answers a sync step 1 in order. */
function roundTrip(raw: RawClient): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      // Sync (0), step 2 (1): only ever the answer to a step 1.
      if (data[0] !== 0 || data[1] !== 1) return
      raw.ws.off('message', onMessage)
      resolve()
    }
    raw.ws.on('message', onMessage)
    raw.ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())))
  })
}

/** Sends `frames` as fast as the socket takes them, stopping once the server has closed it. */
async function flood(attacker: RawClient, frames: Iterable<Uint8Array>): Promise<number> {
  for (const frame of frames) {
    if (attacker.ws.readyState !== attacker.ws.OPEN) break
    attacker.ws.send(frame)
  }
  return attacker.closed
}

describe('presence caps', () => {
  const harness = useTestServer()

  async function room() {
    const board = await createBoard(harness.server.origin)
    const alice = observer(harness, board, 'Alice')
    const bob = observer(harness, board, 'Bob')
    await Promise.all([waitForSync(alice), waitForSync(bob)])
    await barrier(bob, alice, 1)
    await barrier(alice, bob, 1)
    const attacker = await openRaw(syncUrl(harness.server.origin, board))
    return { board, alice, bob, attacker }
  }

  it('closes a connection sending one frame of 5,000 states with 4005 before any of them reaches anyone', async () => {
    const { board, alice, bob, attacker } = await room()
    const before = await presenceCloses(harness, 'states_per_frame')
    expect(await flood(attacker, [frameOf(fakes(0, 5000))])).toBe(CloseCode.presenceLimit)
    expect(CloseCode.presenceLimit).toBeLessThan(4400) // the stock client would retry

    await barrier(bob, alice, 2)
    expect([...alice.seen].filter(isFake)).toEqual([])
    expect([...harness.server.registry.peek(board.id)!.awareness.getStates().keys()].filter(isFake)).toEqual([])
    expect(await presenceCloses(harness, 'states_per_frame')).toBe(before + 1)
    // The honest clients keep syncing, and were never closed.
    await barrier(alice, bob, 2)
    expect([alice.closes, bob.closes]).toEqual([[], []])
  })

  it('closes a connection announcing a fifth client id; the four before it are all anyone saw, and they go with it', async () => {
    const { board, alice, bob, attacker } = await room()
    const before = await presenceCloses(harness, 'client_ids')
    // One new id per frame, each frame well within the other caps: 2,000 of them.
    const frames = Array.from({ length: 2000 }, (_, i) => frameOf(fakes(i, 1)))
    expect(await flood(attacker, frames)).toBe(CloseCode.presenceLimit)

    await barrier(bob, alice, 3)
    const seenFakes = [...alice.seen].filter(isFake)
    expect(seenFakes.length).toBeLessThanOrEqual(4)
    expect(seenFakes.every((id) => id < FAKE + 4)).toBe(true)
    const serverIds = () => [...harness.server.registry.peek(board.id)!.awareness.getStates().keys()]
    expect(serverIds().filter(isFake)).toEqual([])
    await waitFor(() => [...alice.provider.awareness.getStates().keys()].filter(isFake).length === 0, 5000, 'fake cursors removed')
    expect(await presenceCloses(harness, 'client_ids')).toBe(before + 1)
    expect([alice.closes, bob.closes]).toEqual([[], []])
  })

  it('closes a connection sending one state larger than the cap with 4005', async () => {
    const { alice, bob, attacker } = await room()
    const before = await presenceCloses(harness, 'state_bytes')
    const huge = { ...fakeState(0), note: 'x'.repeat(65 * 1024) }
    expect(await flood(attacker, [frameOf([{ clientId: FAKE, clock: 1, state: huge }])])).toBe(CloseCode.presenceLimit)
    await barrier(bob, alice, 4)
    expect([...alice.seen].filter(isFake)).toEqual([])
    expect(await presenceCloses(harness, 'state_bytes')).toBe(before + 1)
  })

  it("cannot change or remove another connection's presence, nor the server's", async () => {
    const { board, alice, bob, attacker } = await room()
    const room_ = harness.server.registry.peek(board.id)!
    const bobId = bob.provider.awareness.clientID
    const bobClock = room_.awareness.meta.get(bobId)!.clock
    const serverId = room_.doc.clientID
    const serverClock = room_.awareness.meta.get(serverId)!.clock
    const mallory = { ...fakeState(0), user: { id: 'id-Bob', name: 'Mallory', coop: 'Coop', color: '#000000' } }
    attacker.ws.send(frameOf([{ clientId: bobId, clock: bobClock + 10, state: mallory }]))
    attacker.ws.send(frameOf([{ clientId: bobId, clock: bobClock + 11, state: null }]))
    attacker.ws.send(frameOf([{ clientId: serverId, clock: serverClock + 10, state: null }]))
    await roundTrip(attacker)

    await barrier(alice, bob, 5)
    await barrier(bob, alice, 5)
    expect((room_.awareness.getStates().get(bobId)?.user as { name?: string } | undefined)?.name).toBe('Bob')
    expect((alice.provider.awareness.getStates().get(bobId)?.user as { name?: string } | undefined)?.name).toBe('Bob')
    expect(room_.awareness.getStates().has(serverId)).toBe(true)
    // Writing ids it does not hold changes nothing, and is no reason to close it either.
    expect(attacker.ws.readyState).toBe(attacker.ws.OPEN)
    attacker.ws.close()
  })

  it('keeps memory bounded: three connections flooding 100,000 states each, and one staying within the caps, leave the heap within 10 MB', async () => {
    const board = await createBoard(harness.server.origin)
    const alice = observer(harness, board, 'Alice')
    const bob = observer(harness, board, 'Bob')
    await Promise.all([waitForSync(alice), waitForSync(bob)])
    await barrier(bob, alice, 1)
    const heapUsed = () => {
      if (!globalThis.gc) throw new Error('run with --expose-gc (vitest.config.ts execArgv)')
      globalThis.gc()
      globalThis.gc()
      return process.memoryUsage().heapUsed
    }
    // Each attacker reconnects and floods until it has sent its share: 1,000-state frames, as
    // the original attack did, and 1-state frames each announcing a new id.
    const STATES = 100_000
    const attack = async (attackerIndex: number): Promise<number[]> => {
      const codes: number[] = []
      const base = attackerIndex * STATES
      for (let sent = 0; sent < STATES;) {
        const attacker = await openRaw(syncUrl(harness.server.origin, board))
        const wide = codes.length % 2 === 0
        const frames = function* () {
          for (let n = 0; n < 20 && sent < STATES; n++) {
            const count = wide ? 1000 : 1
            yield frameOf(fakes(base + sent, count))
            sent += count
          }
        }
        codes.push(await flood(attacker, frames()))
      }
      return codes
    }
    // Warm up, so code compiled and caches filled on first use do not count as growth.
    await attack(9)
    await barrier(bob, alice, 2)
    const baseline = heapUsed()
    const closedBefore = metricValue(await scrape(harness.server.origin), 'plenary_presence_limit_closes_total')
    // Meanwhile one more stays within the caps and connected: 100,000 removals of ids nobody
    // announced (each would be a clock to keep), and four ids with states near the size cap.
    const lingering = await openRaw(syncUrl(harness.server.origin, board))
    const big = (i: number) => ({ ...fakeState(i), note: 'x'.repeat(60 * 1024) })
    for (let frame = 0; frame < 100; frame++) {
      lingering.ws.send(frameOf(Array.from({ length: 1000 }, (_, i) => ({ clientId: 3 * FAKE + frame * 1000 + i, clock: 1, state: null }))))
    }
    for (let i = 0; i < 4; i++) lingering.ws.send(frameOf([{ clientId: 3 * FAKE - 10 + i, clock: 1, state: big(i) }]))
    const closes = (await Promise.all([0, 1, 2].map(attack))).flat()
    await roundTrip(lingering)
    await barrier(bob, alice, 3)
    const after = heapUsed()
    const room_ = harness.server.registry.peek(board.id)!
    console.log(
      `presence flood: ${3 * STATES} states over ${closes.length} connections; heap ${(baseline / MB).toFixed(1)} MB before, ${(after / MB).toFixed(1)} MB after; ` +
        `awareness clocks kept ${room_.awareness.meta.size}`,
    )
    expect(lingering.ws.readyState).toBe(lingering.ws.OPEN)
    expect([...room_.awareness.getStates().keys()].filter((id) => id >= 3 * FAKE - 10 && id < 3 * FAKE)).toHaveLength(4)
    // The server, four honest-ish ids, Alice, Bob and the warm-up's and attackers' few accepted ids.
    expect(room_.awareness.meta.size).toBeLessThan(200)
    lingering.ws.close()
    await lingering.closed
    // Every attacker was closed for a presence cap. Its own client may see 1006 instead of 4005
    // if what it still had to send outlasted the server's 5 s wait for its close frame.
    expect(closes.every((code) => code === CloseCode.presenceLimit || code === 1006)).toBe(true)
    expect(metricValue(await scrape(harness.server.origin), 'plenary_presence_limit_closes_total')).toBe(closedBefore + closes.length)
    expect(after).toBeLessThanOrEqual(baseline + 10 * MB)
    expect([...room_.awareness.getStates().keys()].filter(isFake)).toEqual([])
    expect([alice.closes, bob.closes]).toEqual([[], []])
  }, 60_000)
})
