/** The current time, refreshed every `intervalMs` (null: not refreshed, read once per render). */
import { useEffect, useState } from 'react'

/** `Date.now()`, re-rendering every `intervalMs` while that is not null. */
export function useNow(intervalMs: number | null): number {
  const [, setTick] = useState(0)
  useEffect(() => {
    if (intervalMs === null) return
    const timer = setInterval(() => setTick((tick) => tick + 1), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return Date.now()
}
