/**
 * The facilitator's coop clean-ups on an open board: runs one (coopCleanup.ts) and keeps the
 * last, so a notice can offer to undo it for {@link UNDO_SHOWN_MS}.
 */
import { useCallback, useEffect, useState } from 'react'
import { runCleanup, undoCleanup, type CleanupAction, type CleanupFailure, type DoneCleanup } from './coopCleanup'
import type { RosterAccess } from './rosterAccess'

/** How long the "Undo" stays offered after a clean-up, in ms. */
export const UNDO_SHOWN_MS = 20_000

/** What {@link useCoopCleanup} gives the panel and the notice. */
export interface CoopCleanup {
  /** Runs `action`; null when it was written, else why not. */
  run: (action: CleanupAction) => CleanupFailure | null
  /** The last clean-up, while its undo is offered. */
  last: DoneCleanup | null
  /** Undoes the last clean-up and stops offering it. */
  undo: () => void
  /** Stops offering the undo. */
  dismiss: () => void
}

/** Clean-ups of the roster behind `access` (null until the board is open). */
export function useCoopCleanup(access: RosterAccess | null): CoopCleanup {
  const [last, setLast] = useState<DoneCleanup | null>(null)
  useEffect(() => {
    if (!last) return
    const timer = setTimeout(() => setLast(null), UNDO_SHOWN_MS)
    return () => clearTimeout(timer)
  }, [last])
  const run = useCallback(
    (action: CleanupAction) => {
      if (!access) return 'read_only'
      const outcome = runCleanup(access, action)
      if (!outcome.ok) return outcome.problem
      setLast(outcome.done)
      return null
    },
    [access],
  )
  const undo = useCallback(() => {
    if (access && last) undoCleanup(access, last)
    setLast(null)
  }, [access, last])
  const dismiss = useCallback(() => setLast(null), [])
  return { run, last, undo, dismiss }
}
