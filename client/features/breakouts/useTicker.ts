/** A re-render clock for countdowns. */
import { useEffect, useState } from 'react'

/** Re-renders every `intervalMs` while `active`, for a countdown; returns a tick count. */
export function useTicker(active: boolean, intervalMs = 250): number {
  const [tick, setTick] = useState(0)
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setTick((t) => t + 1), intervalMs)
    return () => clearInterval(timer)
  }, [active, intervalMs])
  return tick
}
