/** The board's {@link RosterAccess} for as long as a component shows the corners features. */
import { useEffect, useState } from 'react'
import type { FeatureDoc } from '../../sync/featureDoc'
import { createRosterAccess, type RosterAccess } from './rosterAccess'

/**
 * A {@link RosterAccess} over `features`, or null while there is no document. Made in an
 * effect and destroyed when `features` changes or the component unmounts, so React's double
 * mount in development destroys the first one cleanly.
 */
export function useRosterAccess(features: FeatureDoc | null): RosterAccess | null {
  const [access, setAccess] = useState<RosterAccess | null>(null)
  useEffect(() => {
    if (!features) return
    const created = createRosterAccess(features)
    setAccess(created)
    return () => {
      created.destroy()
      setAccess(null)
    }
  }, [features])
  return access
}
