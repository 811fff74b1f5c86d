/** Shows a breakout member only their own group's cursors (and the facilitators'). */
import { useEffect } from 'react'
import type { Role } from '../../../shared/protocol'
import type { ShowPresence } from '../../sync/presence'
import type { BreakoutsData } from './breakoutView'
import { presenceFilterKey, showOnly, visibleGroupMembers } from './presenceFilter'

/** Sets the sync layer's presence filter from the breakouts; a new predicate only when a group changes. */
export function usePresenceFilter(
  setFilter: ((show: ShowPresence | null) => void) | null,
  data: BreakoutsData,
  viewer: { id: string; role: Role },
): void {
  const visible = visibleGroupMembers(data.session, data.members, viewer)
  const key = presenceFilterKey(visible)
  const shown = visible !== null
  useEffect(() => {
    if (!setFilter) return
    setFilter(showOnly(shown ? key.split('\n') : null))
    return () => setFilter(null)
  }, [setFilter, key, shown])
}
