/** Waiting for a benchmark client's first sync without waiting forever. */

/**
 * Resolves true once `onSync` calls its `done`, or false after `timeoutMs`: a client that never
 * syncs is counted as failed rather than holding up the run.
 */
export function syncedWithin(timeoutMs: number, onSync: (done: () => void) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs)
    onSync(() => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}
