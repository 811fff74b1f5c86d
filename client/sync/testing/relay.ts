/** Test helper: Y.Docs that hear each other's updates at once, like peers on a fast network. */
import * as Y from 'yjs'

/** Origin of updates applied by {@link linkDocs}. */
export const RELAY_ORIGIN: object = Object.freeze({ name: 'test-relay' })

/** Syncs `docs` now and relays every later update to all the others; returns the unlink. */
export function linkDocs(docs: Y.Doc[]): () => void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), RELAY_ORIGIN)
    }
  }
  const unsubscribers = docs.map((from) => {
    const onUpdate = (update: Uint8Array, origin: unknown): void => {
      if (origin === RELAY_ORIGIN) return
      for (const to of docs) if (to !== from) Y.applyUpdate(to, update, RELAY_ORIGIN)
    }
    from.on('update', onUpdate)
    return () => from.off('update', onUpdate)
  })
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe()
  }
}
