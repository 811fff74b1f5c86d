import { describe, expect, it } from 'vitest'
import type { HttpRateLimitConfig } from '../config'
import { createHttpRateLimiter, limitKind } from './rateLimit'

const config: HttpRateLimitConfig = { boardsPerHour: 60, boardBurst: 3, writesPerMinute: 60, writeBurst: 2 }

/** A clock the test moves by hand. */
function manualClock() {
  let ms = 0
  return { now: () => ms, advance: (by: number) => (ms += by) }
}

describe('limitKind', () => {
  it('limits board creation and other writes under /api/, never reads or pages', () => {
    expect(limitKind('POST', '/api/boards')).toBe('boards')
    expect(limitKind('POST', '/api/communities')).toBe('boards')
    expect(limitKind('POST', '/api/communities/x/publish')).toBe('writes')
    expect(limitKind('POST', '/api/boards/x/snapshots')).toBe('writes')
    expect(limitKind('POST', '/api/boards/x/links/viewer/rotate')).toBe('writes')
    expect(limitKind('PUT', '/api/boards/x/assets/a')).toBe('writes')
    expect(limitKind('DELETE', '/api/boards/x/snapshots/s')).toBe('writes')
    expect(limitKind('GET', '/api/boards/x')).toBeNull()
    expect(limitKind('HEAD', '/api/boards')).toBeNull()
    expect(limitKind('POST', '/b/x')).toBeNull()
  })
})

describe('the per-address HTTP rate limit', () => {
  it('admits a burst, then refuses with the seconds until the next token', () => {
    const clock = manualClock()
    const limiter = createHttpRateLimiter(config, { now: clock.now })
    for (let i = 0; i < 3; i++) expect(limiter.admit('10.0.0.1', 'POST', '/api/boards')).toBeNull()
    expect(limiter.admit('10.0.0.1', 'POST', '/api/boards')).toEqual({ kind: 'boards', retryAfterSeconds: 60 })
    clock.advance(30_000)
    expect(limiter.admit('10.0.0.1', 'POST', '/api/boards')).toEqual({ kind: 'boards', retryAfterSeconds: 30 })
    clock.advance(30_000)
    expect(limiter.admit('10.0.0.1', 'POST', '/api/boards')).toBeNull()
  })

  it('keeps addresses and the two kinds of writes apart', () => {
    const limiter = createHttpRateLimiter(config, { now: manualClock().now })
    for (let i = 0; i < 3; i++) limiter.admit('10.0.0.1', 'POST', '/api/boards')
    expect(limiter.admit('10.0.0.1', 'POST', '/api/boards')).not.toBeNull()
    expect(limiter.admit('10.0.0.2', 'POST', '/api/boards')).toBeNull()
    expect(limiter.admit('10.0.0.1', 'POST', '/api/boards/x/snapshots')).toBeNull()
    expect(limiter.admit('10.0.0.1', 'GET', '/api/boards/x')).toBeNull()
  })

  it('is off for a kind whose rate is 0', () => {
    const limiter = createHttpRateLimiter({ ...config, boardsPerHour: 0 }, { now: manualClock().now })
    for (let i = 0; i < 100; i++) expect(limiter.admit('10.0.0.1', 'POST', '/api/boards')).toBeNull()
    expect(limiter.size).toBe(0)
  })

  it('drops addresses idle long enough to have refilled, so the table does not grow with every visitor', () => {
    const clock = manualClock()
    const limiter = createHttpRateLimiter(config, { now: clock.now })
    for (let i = 0; i < 100; i++) limiter.admit(`10.0.1.${i}`, 'POST', '/api/boards')
    expect(limiter.size).toBe(100)
    // Boards refill in 3 min (3 at 1/min), writes in 2 s: after 3 min everything is fresh again.
    clock.advance(180_000)
    limiter.admit('10.0.2.1', 'POST', '/api/boards')
    expect(limiter.size).toBe(1)
  })

  it('holds at most maxAddresses, dropping the least recently seen, never a busy address', () => {
    const clock = manualClock()
    const limiter = createHttpRateLimiter(config, { now: clock.now, maxAddresses: 10 })
    for (let i = 0; i < 2; i++) limiter.admit('10.0.0.1', 'POST', '/api/boards/x/snapshots')
    for (let i = 0; i < 50; i++) {
      clock.advance(1)
      limiter.admit(`10.0.1.${i}`, 'POST', '/api/boards')
      limiter.admit('10.0.0.1', 'POST', '/api/boards/x/snapshots')
      expect(limiter.size).toBeLessThanOrEqual(10)
    }
    // Still refused: its entry, with its empty bucket, was kept all along.
    expect(limiter.admit('10.0.0.1', 'POST', '/api/boards/x/snapshots')).not.toBeNull()
    // An address dropped early starts again with a full bucket.
    expect(limiter.admit('10.0.1.0', 'POST', '/api/boards')).toBeNull()
  })
})
