/**
 * A resource a component opens in an effect and closes in its cleanup (a sync session, an
 * observer of the board document), readable during render through useSyncExternalStore. React
 * may open and close it more than once (Strict Mode mounts twice); each open makes a new one.
 */

/** What {@link createOpener} gives. */
export interface Opener<T, A = void> {
  /** The open resource, or null before the first open and after a close. */
  get: () => T | null
  /** Calls `listener` after every open and close; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
  /** Opens a new resource with `arg`; returns the function that closes it (an effect's cleanup). */
  open: (arg: A) => () => void
}

/** An {@link Opener} that makes its resource with `make` and disposes of it with `dispose`. */
export function createOpener<T, A = void>(make: (arg: A) => T, dispose: (value: T) => void): Opener<T, A> {
  let current: T | null = null
  const listeners = new Set<() => void>()
  const show = (value: T | null): void => {
    current = value
    for (const listener of [...listeners]) listener()
  }
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    open(arg) {
      const value = make(arg)
      show(value)
      return () => {
        // A later open replaced it already: only its own close clears what is shown.
        if (current === value) show(null)
        dispose(value)
      }
    },
  }
}

/** A subscription to nothing, for while there is no store to read. */
export const noSubscription = (): (() => void) => () => undefined
