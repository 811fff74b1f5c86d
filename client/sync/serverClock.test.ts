import { afterEach, describe, expect, it, vi } from 'vitest'
import { createServerClock, type ServerClock } from './serverClock'

const SEVEN_MINUTES = 7 * 60_000

/**
 * A fake network: the local clock `local` runs `skewMs` ahead of the server; each request takes
 * `rtts[i]` ms there and back (half each way), and the server answers with its own time.
 */
function fakeNetwork(skewMs: number, rtts: number[]) {
  let local = 1_700_000_000_000
  let i = 0
  return {
    now: () => local,
    fetchTime: async (): Promise<number> => {
      const rtt = rtts[i++ % rtts.length] ?? 0
      local += rtt / 2
      const serverNow = local - skewMs
      local += rtt / 2
      return serverNow
    },
    get requests() {
      return i
    },
  }
}

const clocks: ServerClock[] = []
function track(clock: ServerClock): ServerClock {
  clocks.push(clock)
  return clock
}

afterEach(() => {
  for (const clock of clocks.splice(0)) clock.destroy()
  vi.useRealTimers()
})

describe('createServerClock', () => {
  it('finds the offset of a client 7 minutes fast, from the sample with the shortest round trip', async () => {
    const network = fakeNetwork(SEVEN_MINUTES, [400, 40, 900])
    const clock = track(createServerClock({ now: network.now, fetchTime: network.fetchTime }))
    expect(clock.offsetMs()).toBe(0)
    await clock.ready
    expect(network.requests).toBe(3)
    expect(clock.offsetMs()).toBe(-SEVEN_MINUTES)
    expect(clock.now()).toBe(network.now() - SEVEN_MINUTES)
  })

  it('takes half the round trip into account when the way there and back is asymmetric', async () => {
    // 200 ms round trip but the answer left the server 150 ms after sending (reply took 50 ms):
    // the estimate is off by at most half the round trip.
    let local = 0
    const clock = track(
      createServerClock({
        now: () => local,
        fetchTime: async () => {
          local += 150
          const server = local + 10_000
          local += 50
          return server
        },
      }),
    )
    await clock.ready
    expect(Math.abs(clock.offsetMs() - 10_000)).toBeLessThanOrEqual(100)
  })

  it('works with offset 0 when the server cannot be asked, and keeps good samples over failed ones', async () => {
    const failing = track(createServerClock({ now: () => 5, fetchTime: () => Promise.reject(new Error('offline')) }))
    await failing.ready
    expect(failing.offsetMs()).toBe(0)
    expect(failing.now()).toBe(5)

    const network = fakeNetwork(-2_000, [100])
    let calls = 0
    const flaky = track(
      createServerClock({
        now: network.now,
        fetchTime: () => (++calls === 2 ? Promise.reject(new Error('blip')) : network.fetchTime()),
      }),
    )
    await flaky.ready
    expect(flaky.offsetMs()).toBe(2_000)
  })

  it('measures again every resample period until destroyed', async () => {
    vi.useFakeTimers()
    let skew = 0
    const local = 0
    const clock = createServerClock({
      now: () => local,
      fetchTime: async () => local - skew,
      resampleMs: 1_000,
    })
    await clock.ready
    expect(clock.offsetMs()).toBe(0)
    skew = 3_000 // the laptop's clock jumps ahead
    await vi.advanceTimersByTimeAsync(1_000)
    expect(clock.offsetMs()).toBe(-3_000)
    clock.destroy()
    skew = 9_000
    await vi.advanceTimersByTimeAsync(5_000)
    expect(clock.offsetMs()).toBe(-3_000)
  })
})
