/** The local time, refreshed every `intervalMs` (null: not refreshed). */
import { useEffect, useState } from 'react'

/**
 * `Date.now()` as of mount, then of each tick of `intervalMs` while that is not null (each tick
 * re-renders). Between ticks the value lags by up to `intervalMs`: callers ask for the precision
 * they need.
 */
export function useNow(intervalMs: number | null): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (intervalMs === null) return
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
