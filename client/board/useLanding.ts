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
  const dropped = useRef<Arrival | null>(null)
  const handled = useRef<Arrival | null>(null)
  if (arrival && parts.some((part) => part.claimsView)) dropped.current = arrival
  const wanted = arrival === dropped.current ? null : arrival
  const land = parts.find((part) => part.land)?.land ?? null
  // A new arrival object lands again; a re-render does not.
  useEffect(() => {
    if (!wanted || !land || handled.current === wanted) return
    handled.current = wanted
    land(wanted)
  }, [wanted, land])
}
