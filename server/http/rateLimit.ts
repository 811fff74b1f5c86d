/**
 * The HTTP rate limit: token buckets per client address (clientAddress.ts), one for board
 * creation (communities too: each makes a board) and one for every other write under /api/
 * (snapshots, link rotation, uploads, imports). Reads are not limited: they change nothing and cost little. An address over a
 * limit is answered 429 `rate_limited` with Retry-After.
 *
 * The table of addresses is bounded. An entry idle long enough for its buckets to refill is
 * the same as no entry, so a sweep drops those, at most once per refill period and whenever
 * the table is full. If it is still full (more active addresses than `maxAddresses`), the
 * least recently seen half is dropped: those addresses start again with full buckets. Entries
 * are never moved on access and are evicted in bulk, because deleting from a Map one entry at
 * a time leaves holes that every later iteration walks over (measured with 65,536 addresses
 * churning through a cap of 10,000: ~30 µs per request that way, ~6 µs in bulk).
 */
import { CommunityPaths } from '../../shared/community/paths'
import { Paths } from '../../shared/protocol'
import type { HttpRateLimitConfig } from '../config'
import { TokenBucket, type Clock } from '../limits/tokenBucket'

/** Which bucket a request draws from. */
export type HttpLimitKind = 'boards' | 'writes'

/** A refusal: which limit, and in how many whole seconds a retry can pass. */
export interface HttpRateLimited {
  kind: HttpLimitKind
  retryAfterSeconds: number
}

/** Admits or refuses requests per client address. */
export interface HttpRateLimiter {
  /** Accounts one request from `address`; null when it is admitted. */
  admit(address: string, method: string, pathname: string): HttpRateLimited | null
  /** Addresses currently held (for tests and metrics). */
  readonly size: number
}

/** Default cap on addresses held: about a megabyte. */
export const DEFAULT_MAX_ADDRESSES = 10_000

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The bucket a request draws from, or null when it is not limited. */
export function limitKind(method: string, pathname: string): HttpLimitKind | null {
  if (!WRITE_METHODS.has(method) || !pathname.startsWith('/api/')) return null
  return (pathname === Paths.boards || pathname === CommunityPaths.api) && method === 'POST' ? 'boards' : 'writes'
}

interface Entry {
  buckets: Partial<Record<HttpLimitKind, TokenBucket>>
  lastSeen: number
}

/** Creates the limiter; a rate of 0 in `config` turns that limit off. */
export function createHttpRateLimiter(config: HttpRateLimitConfig, options: { now?: Clock; maxAddresses?: number } = {}): HttpRateLimiter {
  const now = options.now ?? (() => performance.now())
  const maxAddresses = options.maxAddresses ?? DEFAULT_MAX_ADDRESSES
  const limits: Record<HttpLimitKind, { burst: number; perSecond: number }> = {
    boards: { burst: Math.max(1, config.boardBurst), perSecond: config.boardsPerHour / 3600 },
    writes: { burst: Math.max(1, config.writeBurst), perSecond: config.writesPerMinute / 60 },
  }
  // After this long without a request, every bucket of an entry is full again.
  const refillMs = Math.max(...Object.values(limits).map(({ burst, perSecond }) => (perSecond > 0 ? (burst / perSecond) * 1000 : 0)))
  const entries = new Map<string, Entry>()
  let lastSweep = now()

  const sweep = (at: number) => {
    lastSweep = at
    for (const [address, entry] of entries) if (at - entry.lastSeen >= refillMs) entries.delete(address)
    if (entries.size < maxAddresses) return
    const seen = Float64Array.from(entries.values(), (entry) => entry.lastSeen).sort()
    const cutoff = seen[Math.floor(seen.length / 2)] ?? at
    for (const [address, entry] of entries) if (entry.lastSeen <= cutoff) entries.delete(address)
  }

  return {
    admit(address, method, pathname) {
      const kind = limitKind(method, pathname)
      if (kind === null) return null
      const { burst, perSecond } = limits[kind]
      if (perSecond <= 0) return null
      const at = now()
      let entry = entries.get(address)
      if (!entry) {
        if (entries.size >= maxAddresses || at - lastSweep >= refillMs) sweep(at)
        entry = { buckets: {}, lastSeen: at }
        entries.set(address, entry)
      }
      entry.lastSeen = at
      const bucket = (entry.buckets[kind] ??= new TokenBucket(burst, perSecond, now))
      if (bucket.take(1)) return null
      return { kind, retryAfterSeconds: Math.max(1, Math.ceil(bucket.secondsUntil(1))) }
    },
    get size() {
      return entries.size
    },
  }
}
