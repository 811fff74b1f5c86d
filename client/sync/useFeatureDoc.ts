/**
 * The React face of {@link FeatureDoc}: a value read from the document that re-renders when one
 * of the named maps it comes from changes.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import type { FeatureDoc } from './featureDoc'

const noSubscription = (): (() => void) => () => undefined

/**
 * `reader`'s value for the open document, re-read after each change of the maps `names`, or
 * `fallback` while there is no document. The value is kept between changes, so `reader` may
 * build new objects. `names` and `reader` should be stable (module constants, or memoised).
 */
export function useFeatureValue<T>(feature: FeatureDoc | null, names: readonly string[], reader: (doc: Y.Doc) => T, fallback: T): T {
  const cache = useRef<{ feature: FeatureDoc; reader: (doc: Y.Doc) => T; value: T } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) =>
      feature
        ? feature.subscribe(names, () => {
            cache.current = null
            onChange()
          })
        : noSubscription(),
    [feature, names],
  )
  const getSnapshot = (): T => {
    if (!feature) return fallback
    const cached = cache.current
    if (cached && cached.feature === feature && cached.reader === reader) return cached.value
    const value = feature.read(reader)
    cache.current = { feature, reader, value }
    return value
  }
  return useSyncExternalStore(subscribe, getSnapshot)
}
