/** The board's {@link RelationFacts}, kept current: the same object until the roster's coops or the labels change. */
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { FeatureDoc } from '../../sync/featureDoc'
import { readRelationFacts, RELATION_FACT_MAPS, sameRelationFacts, type RelationFacts } from './relationFacts'

/** Reads the facts from `features` and re-reads them after a change to the roster or the community's facts. */
export function useRelationFacts(features: FeatureDoc): RelationFacts {
  const latest = useRef<RelationFacts | null>(null)
  const subscribe = useCallback((listener: () => void) => features.subscribe(RELATION_FACT_MAPS, listener), [features])
  const snapshot = useCallback(() => {
    const next = features.read(readRelationFacts)
    if (latest.current === null || !sameRelationFacts(latest.current, next)) latest.current = next
    return latest.current
  }, [features])
  return useSyncExternalStore(subscribe, snapshot)
}
