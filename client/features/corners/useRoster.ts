/** The React face of {@link RosterAccess}: the board's roster, re-rendering when it changes. */
import { useSyncExternalStore } from 'react'
import type { Coop } from '../../../shared/corners/roster'
import { noSubscription } from '../../lib/opener'
import type { RosterAccess } from './rosterAccess'

const NO_COOPS: readonly Coop[] = Object.freeze([])

/** The roster of the open board, or an empty list while there is none. */
export function useRoster(access: RosterAccess | null): readonly Coop[] {
  return useSyncExternalStore(access ? access.subscribe : noSubscription, access ? access.getRoster : () => NO_COOPS)
}
