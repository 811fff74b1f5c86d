import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { readConfig } from '../config'
import { encodeAwareness } from '../sync/messages'
import { isAwarenessEcho } from './awarenessEcho'
import { createConnectionRateLimit } from './connectionRateLimit'
import { TokenBucket } from './tokenBucket'

/** A clock the test moves by hand. */
function manualClock() {
  let ms = 0
  return { now: () => ms, advance: (by: number) => (ms += by) }
}

describe('token bucket', () => {
  it('allows a burst up to its capacity, then only its rate', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(10, 5, clock.now)
    for (let i = 0; i < 10; i++) expect(bucket.take(1)).toBe(true)
    expect(bucket.take(1)).toBe(false)
    clock.advance(200) // one token at 5/s
    expect(bucket.take(1)).toBe(true)
    expect(bucket.take(1)).toBe(false)
    clock.advance(60_000) // refills to the capacity, never beyond
    for (let i = 0; i < 10; i++) expect(bucket.take(1)).toBe(true)
    expect(bucket.take(1)).toBe(false)
  })

  it('takes nothing when a request is larger than what is left', () => {
    const bucket = new TokenBucket(100, 0, manualClock().now)
    expect(bucket.take(101)).toBe(false)
    expect(bucket.take(100)).toBe(true)
  })
})

describe('connection rate limit with the default configuration', () => {
  const config = readConfig({})
  const limits = config.rateLimit

  it('never limits a tldraw client dragging for ten minutes in a room of 100 people moving their cursors', () => {
    const clock = manualClock()
    const limit = createConnectionRateLimit(limits, clock.now)
    const refused: string[] = []
    // Each 1/80 s: an own frame (three ~1.2 kB updates for one cursor frame), and the
    // 99 others' cursors (20/s each) relayed to it and echoed back by the stock client.
    for (let tick = 0; tick < 80 * 600; tick++) {
      clock.advance(1000 / 80)
      const own = limit.admit(tick % 4 === 3 ? 400 : 1200, false)
      if (own) refused.push(own)
      for (let i = 0; i < (99 * 20) / 80; i++) {
        limit.awarenessSent()
        const echo = limit.admit(800, true)
        if (echo) refused.push(echo)
      }
    }
    expect(refused).toEqual([])
  })

  it('lets a client resync a board as large as the largest frame, twice in a row', () => {
    const limit = createConnectionRateLimit(limits, manualClock().now)
    expect(limit.admit(config.maxFrameBytes, false)).toBeNull()
    expect(limit.admit(config.maxFrameBytes, false)).toBeNull()
    expect(limit.admit(1024, false)).toBe('bytes')
  })

  it('refuses a flood of small messages once the burst is spent, then allows the sustained rate', () => {
    const clock = manualClock()
    const limit = createConnectionRateLimit(limits, clock.now)
    let admitted = 0
    while (limit.admit(10, false) === null) admitted++
    expect(admitted).toBe(limits.messageBurst)
    clock.advance(1000)
    for (let i = 0; i < limits.messagesPerSecond; i++) expect(limit.admit(10, false)).toBeNull()
    expect(limit.admit(10, false)).toBe('messages')
  })

  it('charges echoes beyond what the server sent like any other message', () => {
    const limit = createConnectionRateLimit(limits, manualClock().now)
    for (let i = 0; i < 5; i++) limit.awarenessSent()
    let admitted = 0
    while (limit.admit(10, true) === null) admitted++
    expect(admitted).toBe(5 + limits.messageBurst)
  })

  it('refuses a configuration whose byte burst could not hold one whole frame', () => {
    expect(() => readConfig({ MAX_FRAME_BYTES: '1000', RATE_LIMIT_BYTE_BURST: '999' })).toThrow(/RATE_LIMIT_BYTE_BURST/)
    expect(readConfig({ RATE_LIMIT_MESSAGES_PER_SECOND: '50' }).rateLimit.messagesPerSecond).toBe(50)
  })
})

describe('awareness echoes', () => {
  const frameOf = (awareness: awarenessProtocol.Awareness, clients: number[]) =>
    encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, clients))

  it('recognises a stock client sending back what it was sent, and nothing newer', () => {
    const server = new awarenessProtocol.Awareness(new Y.Doc())
    const alice = new awarenessProtocol.Awareness(new Y.Doc())
    const bob = new awarenessProtocol.Awareness(new Y.Doc())
    alice.setLocalState({ cursor: 1 })
    awarenessProtocol.applyAwarenessUpdate(server, awarenessProtocol.encodeAwarenessUpdate(alice, [alice.clientID]), 'alice')
    // Bob receives Alice's state from the server and echoes it back: no news for the server.
    awarenessProtocol.applyAwarenessUpdate(bob, awarenessProtocol.encodeAwarenessUpdate(server, [alice.clientID]), 'server')
    expect(isAwarenessEcho(frameOf(bob, [alice.clientID]), server)).toBe(true)
    // Bob's own state, and Alice's next move, are news.
    bob.setLocalState({ cursor: 2 })
    expect(isAwarenessEcho(frameOf(bob, [bob.clientID]), server)).toBe(false)
    expect(isAwarenessEcho(frameOf(bob, [alice.clientID, bob.clientID]), server)).toBe(false)
    alice.setLocalState({ cursor: 3 })
    expect(isAwarenessEcho(frameOf(alice, [alice.clientID]), server)).toBe(false)
    // Removing a present state at the same clock applies, so it is not an echo.
    const removal = new awarenessProtocol.Awareness(new Y.Doc())
    awarenessProtocol.applyAwarenessUpdate(removal, awarenessProtocol.encodeAwarenessUpdate(server, [alice.clientID]), 'server')
    removal.meta.set(alice.clientID, { clock: server.meta.get(alice.clientID)?.clock ?? 0, lastUpdated: 0 })
    removal.states.delete(alice.clientID)
    expect(isAwarenessEcho(frameOf(removal, [alice.clientID]), server)).toBe(false)
  })

  it('says no for anything that is not a whole awareness frame', () => {
    const server = new awarenessProtocol.Awareness(new Y.Doc())
    const frame = frameOf(server, [server.clientID])
    expect(isAwarenessEcho(frame, server)).toBe(true)
    expect(isAwarenessEcho(frame.subarray(0, frame.length - 1), server)).toBe(false)
    expect(isAwarenessEcho(new Uint8Array([...frame, 0]), server)).toBe(false)
    expect(isAwarenessEcho(new Uint8Array([0, 0, 1, 0]), server)).toBe(false)
    expect(isAwarenessEcho(new Uint8Array([1, 1, 0]), server)).toBe(false)
  })
})
