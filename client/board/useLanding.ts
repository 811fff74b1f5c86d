/**
 * Where a person lands when they open the board (or change coop): a feature takes them there
 * (corners: their coop's corner), unless another holds their view. Opening the board during a
 * breakout, the person's view goes to their group's area, not to their coop's corner. The
 * arrival is then dropped for good (not postponed), so the end of the session brings them to
 * the plenary rather than to their corner.
 */
import { useEffect, useRef } from 'react'
import type { Arrival, FeatureParts } from '../features/boardFeature'

/** Lands `arrival` once, through the first feature that can, unless a feature claims the view. */
export function useLanding(arrival: Arrival | null, parts: readonly FeatureParts[]): void {
  // The arrival last landed or dropped: a new arrival object lands again, a re-render does not.
  const handled = useRef<Arrival | null>(null)
  const claimed = parts.some((part) => part.claimsView)
  const land = parts.find((part) => part.land)?.land ?? null
  useEffect(() => {
    if (!arrival || handled.current === arrival) return
    if (claimed) {
      handled.current = arrival
      return
    }
    if (!land) return
    handled.current = arrival
    land(arrival)
  }, [arrival, claimed, land])
}
