/**
 * The server's clock, as seen from this browser: breakout timers count down to server-clock
 * times, and a laptop whose clock is minutes off must still show what everyone else sees. The
 * offset is measured against `GET /api/time` the NTP way (server time plus half the round trip,
 * minus the local time of arrival), keeping the sample with the shortest round trip.
 */
import { Paths } from '../../shared/protocol'

/** The corrected clock of one open board. */
export interface ServerClock {
  /** The server's time now, in ms since the epoch. */
  now: () => number
  /** Server time minus local time, in ms (0 until measured, or when the server cannot be asked). */
  offsetMs: () => number
  /** Resolves once the first measurement is done (or failed); never rejects. */
  ready: Promise<void>
  /** Stops resampling. */
  destroy: () => void
}

/** Options, mostly for tests. */
export interface ServerClockOptions {
  /** Asks the server for its time in ms; defaults to `GET /api/time`. */
  fetchTime?: () => Promise<number>
  /** The local clock; defaults to Date.now. */
  now?: () => number
  /** How often to measure again, in ms; defaults to 5 minutes. */
  resampleMs?: number
}

/** Samples per measurement; the one with the shortest round trip wins. */
const SAMPLES = 3
const DEFAULT_RESAMPLE_MS = 5 * 60 * 1000

/** The server's time from `GET /api/time`. */
export async function fetchServerTime(): Promise<number> {
  const response = await fetch(Paths.time, { cache: 'no-store' })
  if (!response.ok) throw new Error(`GET ${Paths.time}: ${response.status}`)
  const body: unknown = await response.json()
  const now = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).now : undefined
  if (typeof now !== 'number' || !Number.isFinite(now)) throw new Error(`GET ${Paths.time}: no time in the answer`)
  return now
}

/** Starts measuring the server's clock now and every `resampleMs`. */
export function createServerClock(options: ServerClockOptions = {}): ServerClock {
  const fetchTime = options.fetchTime ?? fetchServerTime
  const localNow = options.now ?? (() => Date.now())
  let offset = 0
  let destroyed = false

  const measure = async (): Promise<void> => {
    let best: { rtt: number; offset: number } | null = null
    for (let i = 0; i < SAMPLES && !destroyed; i++) {
      const sent = localNow()
      let serverNow: number
      try {
        serverNow = await fetchTime()
      } catch {
        continue // Offline or an old server: keep what we had (0 at first).
      }
      const received = localNow()
      const rtt = Math.max(0, received - sent)
      const sample = { rtt, offset: serverNow + rtt / 2 - received }
      if (!best || sample.rtt < best.rtt) best = sample
    }
    if (best && !destroyed) offset = best.offset
  }

  const ready = measure()
  const timer = setInterval(() => void measure(), options.resampleMs ?? DEFAULT_RESAMPLE_MS)

  return {
    now: () => localNow() + offset,
    offsetMs: () => offset,
    ready,
    destroy() {
      destroyed = true
      clearInterval(timer)
    },
  }
}
