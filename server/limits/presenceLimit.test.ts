import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { createPresenceScreen, type AwarenessView, type Holder } from './presenceLimit'

const LIMITS = { maxClientIds: 4, maxStatesPerFrame: 8, maxStateBytes: 1024 }

/** An awareness update of raw entries; `json` is written as it is, so tests can send anything. */
function update(entries: readonly { id: number; clock: number; json: string }[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { id, clock, json } of entries) {
    encoding.writeVarUint(encoder, id)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, json)
  }
  return encoding.toUint8Array(encoder)
}

const state = (id: number, clock = 1, extra = '') => ({ id, clock, json: JSON.stringify({ user: { name: `p${id}` }, extra }) })
const removal = (id: number, clock = 2) => ({ id, clock, json: 'null' })

/** A room where `holders` says who holds which id and `clocks` which clocks are known. */
function room(holders: Record<number, Holder> = {}, clocks: Record<number, number> = {}): AwarenessView {
  return { holderOf: (id) => holders[id] ?? null, clockOf: (id) => clocks[id] }
}

describe('presence screen', () => {
  it('passes what a browser sends: one state per frame for its own id, renewed and finally removed', () => {
    const screen = createPresenceScreen(LIMITS)
    expect(screen.screen(update([state(7, 1)]), room())).toEqual({
      ok: true,
      entries: [{ clientId: 7, clock: 1, state: { user: { name: 'p7' }, extra: '' } }],
    })
    for (let clock = 2; clock < 100; clock++)
      expect(screen.screen(update([state(7, clock)]), room({ 7: 'this' }, { 7: clock - 1 })).ok).toBe(true)
    expect(screen.screen(update([removal(7, 100)]), room({ 7: 'this' }, { 7: 99 }))).toEqual({
      ok: true,
      entries: [{ clientId: 7, clock: 100, state: null }],
    })
  })

  it('refuses a frame with more states than the cap, before reading the rest of it', () => {
    const screen = createPresenceScreen(LIMITS)
    const entries = Array.from({ length: 5000 }, (_, i) => state(1000 + i))
    expect(screen.screen(update(entries), room())).toEqual({ ok: false, exceeded: 'states_per_frame' })
    // Cut the frame right after the ninth state: still refused for the cap, not as malformed.
    const cut = update(entries.slice(0, 9))
    const truncated = update(entries.slice(0, 12)).subarray(0, cut.length + 3)
    expect(createPresenceScreen(LIMITS).screen(truncated, room())).toEqual({ ok: false, exceeded: 'states_per_frame' })
  })

  it('refuses the fifth client id a connection announces, counting ids it has removed', () => {
    const screen = createPresenceScreen(LIMITS)
    for (const id of [1, 2, 3, 4]) {
      expect(screen.screen(update([state(id)]), room()).ok).toBe(true)
      expect(screen.screen(update([removal(id)]), room({ [id]: 'this' }, { [id]: 1 })).ok).toBe(true)
    }
    // Announcing an id again after removing it is no new id.
    expect(screen.screen(update([state(2, 3)]), room({}, { 2: 2 })).ok).toBe(true)
    expect(screen.screen(update([state(5)]), room())).toEqual({ ok: false, exceeded: 'client_ids' })
  })

  it('refuses a state larger than the cap without parsing it', () => {
    const screen = createPresenceScreen(LIMITS)
    expect(screen.screen(update([state(1, 1, 'x'.repeat(900))]), room()).ok).toBe(true)
    // Not JSON at all: the size is refused before any parsing would notice.
    expect(screen.screen(update([{ id: 1, clock: 2, json: '{'.repeat(1025) }]), room({ 1: 'this' }, { 1: 1 }))).toEqual({
      ok: false,
      exceeded: 'state_bytes',
    })
  })

  it("leaves out another connection's ids and removals of ids the connection does not hold, without counting them", () => {
    const screen = createPresenceScreen(LIMITS)
    const others = room({ 50: 'other', 51: 'other' }, { 50: 3, 51: 3, 60: 4 })
    // A stock client's echoes and timeouts name others' ids; none of it applies or counts.
    const frame = update([state(50, 9), removal(51, 3), removal(60, 4), removal(70, 1), state(8)])
    expect(screen.screen(frame, others)).toEqual({
      ok: true,
      entries: [{ clientId: 8, clock: 1, state: { user: { name: 'p8' }, extra: '' } }],
    })
    // A removal spelled otherwise is still no removal of someone else's state.
    expect(screen.screen(update([{ id: 60, clock: 5, json: ' null' }]), others)).toEqual({ ok: true, entries: [] })
    // Many removals of unknown ids in one frame are no states: not refused, and ignored.
    const removals = Array.from({ length: 1000 }, (_, i) => removal(10_000 + i, 1))
    expect(screen.screen(update(removals), others)).toEqual({ ok: true, entries: [] })
  })

  it('neither counts nor parses echoes, whose clock is not newer than the known one', () => {
    const screen = createPresenceScreen(LIMITS)
    const known = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [100 + i, 5]))
    const echo = update(Array.from({ length: 20 }, (_, i) => ({ id: 100 + i, clock: 5, json: 'not json' })))
    expect(screen.screen(echo, room({}, known))).toEqual({ ok: true, entries: [] })
  })

  it('reports garbage as malformed', () => {
    const screen = createPresenceScreen(LIMITS)
    expect(screen.screen(new Uint8Array([1, 7]), room())).toMatchObject({ ok: false, malformed: expect.any(String) })
    expect(screen.screen(update([{ id: 1, clock: 1, json: '{nope' }]), room())).toMatchObject({ ok: false, malformed: expect.any(String) })
    expect(screen.screen(new Uint8Array([...update([state(1)]), 0]), room())).toMatchObject({ ok: false, malformed: expect.any(String) })
  })
})
