/**
 * A trailing throttle, for listeners that fire far more often than anyone needs to hear of it
 * (a pointer at frame rate, a note dragged across the board).
 */

/** What {@link trailingThrottle} returns. */
export interface TrailingThrottle {
  /** Asks for a call: at once when the last one is at least the interval ago, else at its end. */
  schedule(): void
  /** Drops a call still waiting. */
  cancel(): void
}

/** Calls `fn` at most once per `intervalMs`, always with a trailing call for the last change. */
export function trailingThrottle(fn: () => void, intervalMs: number): TrailingThrottle {
  let timer: ReturnType<typeof setTimeout> | null = null
  let last = -Infinity
  return {
    schedule() {
      if (timer !== null) return
      const wait = last + intervalMs - Date.now()
      if (wait <= 0) {
        last = Date.now()
        fn()
        return
      }
      timer = setTimeout(() => {
        timer = null
        last = Date.now()
        fn()
      }, wait)
    },
    cancel() {
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  }
}
