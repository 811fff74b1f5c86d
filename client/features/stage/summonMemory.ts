/**
 * Which summons this tab has already acted on, per board, in sessionStorage: a reload must not
 * move the camera again to a summons it already followed, while a new tab judges afresh.
 */

/** The part of the Storage API the memory uses, so tests can pass a plain object. */
export interface SummonStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

function keyFor(boardId: string): string {
  return `plenary:summons-seen:${boardId}`
}

/** The `at` of the last summons this tab saw on `boardId`, or null. */
export function lastSeenSummons(storage: SummonStorage | null, boardId: string): number | null {
  try {
    const stored = storage?.getItem(keyFor(boardId))
    const at = stored ? Number(stored) : NaN
    return Number.isFinite(at) ? at : null
  } catch {
    // Storage may be disabled (privacy modes); the summons then only lives as long as the page.
    return null
  }
}

/** Remembers that this tab saw the summons `at` on `boardId`. */
export function rememberSummons(storage: SummonStorage | null, boardId: string, at: number): void {
  try {
    storage?.setItem(keyFor(boardId), String(at))
  } catch {
    // See lastSeenSummons.
  }
}

/** This page's sessionStorage, or null where there is none. */
export function sessionSummonStorage(): SummonStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}
