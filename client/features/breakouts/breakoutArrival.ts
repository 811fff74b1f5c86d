/**
 * Opening the board during a breakout: the person's view goes to their group's area, not to
 * their coop's corner. The arrival at the corner is dropped for good (not postponed), so the
 * end of the session brings them to the plenary rather than to their corner.
 */
import { useRef } from 'react'
import type { Arrival } from '../corners/arrival'
import { membershipOf, type BreakoutsData } from './breakoutView'

/** `arrival`, or null once it met this person in a running group. */
export function useArrivalOutsideBreakout(arrival: Arrival | null, data: BreakoutsData, participantId: string): Arrival | null {
  const dropped = useRef<Arrival | null>(null)
  const inGroup = data.session?.status === 'running' && membershipOf(data, participantId) !== null
  if (arrival && inGroup) dropped.current = arrival
  return arrival === dropped.current ? null : arrival
}
