/**
 * One server clock per open board, shared by every feature that times or stamps something
 * (breakouts' timer and actions, attendance, the stage's summonses).
 */
import { useEffect, useState } from 'react'
import { createServerClock, type ServerClock } from './serverClock'

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
