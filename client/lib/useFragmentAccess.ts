/** A page's token, taken from its link and kept current while the page is open. */
import { useEffect, useState } from 'react'
import type { BoardAccess } from './boardAccess'

/**
 * What `take(id)` says about the page's token, read again when the fragment changes: pasting
 * another link of the same page into the address bar changes only the fragment, which reloads
 * nothing, so the new token is taken then. An unchanged answer (`same`) keeps the old value, so
 * nothing reopens. `take` and `same` must be stable (module-level) functions.
 */
export function useFragmentAccess<T>(id: string, take: (id: string) => T, same: (a: T, b: T) => boolean): T {
  const [access, setAccess] = useState<T>(() => take(id))
  useEffect(() => {
    const onHashChange = (): void => {
      const next = take(id)
      setAccess((current) => (same(current, next) ? current : next))
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [id, take, same])
  return access
}

/** True when two accesses open the page alike. */
export function sameAccess(a: BoardAccess, b: BoardAccess): boolean {
  if (a.kind === 'token' && b.kind === 'token') return a.token === b.token
  if (a.kind === 'missing' && b.kind === 'missing') return a.reason === b.reason
  return false
}
