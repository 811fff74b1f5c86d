/** The board's {@link RosterAccess} for as long as a component shows the corners features. */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { createOpener, noSubscription } from '../../lib/opener'
import type { FeatureDoc } from '../../sync/featureDoc'
import { createRosterAccess, type RosterAccess } from './rosterAccess'

const none = (): null => null

/**
 * A {@link RosterAccess} over `features`, or null while there is no document. Opened in an
 * effect and destroyed when `features` changes or the component unmounts, so React's double
 * mount in development destroys the first one cleanly.
 */
export function useRosterAccess(features: FeatureDoc | null): RosterAccess | null {
  const opener = useMemo(
    () =>
      features
        ? createOpener(
            () => createRosterAccess(features),
            (access: RosterAccess) => access.destroy(),
          )
        : null,
    [features],
  )
  useEffect(() => opener?.open(), [opener])
  return useSyncExternalStore(opener ? opener.subscribe : noSubscription, opener ? opener.get : none)
}
