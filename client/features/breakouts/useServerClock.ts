/** One server clock per open board, shared by the timer display and the breakout actions. */
import { useEffect, useState } from 'react'
import { createServerClock, type ServerClock } from '../../sync/serverClock'

/**
 * A {@link ServerClock} for as long as the component is mounted; null until its first
 * measurement is done, so nothing is timed or shown on a clock that may be minutes off. Made
 * in an effect, so React's double mount in development destroys the first one cleanly.
 */
export function useServerClock(): ServerClock | null {
  const [clock, setClock] = useState<ServerClock | null>(null)
  useEffect(() => {
    const created = createServerClock()
    let live = true
    void created.ready.then(() => {
      if (live) setClock(created)
    })
    return () => {
      live = false
      created.destroy()
      setClock(null)
    }
  }, [])
  return clock
}

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
