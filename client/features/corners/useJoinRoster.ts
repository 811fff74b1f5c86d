/**
 * The roster for the join dialog, read over the REST API so the dialog can offer it before
 * the board (and the tldraw bundle) has loaded. Null while loading or when it failed: the
 * field then works as free text, and the corner is planned against the document anyway.
 */
import { useEffect, useState } from 'react'
import { fetchRoster, type JoinRoster } from './rosterApi'

export type { JoinRoster } from './rosterApi'

/** The board's roster (and whether participants may add coops) once read, or null; `enabled` false reads nothing (viewers). */
export function useJoinRoster(boardId: string, token: string, enabled: boolean): JoinRoster | null {
  const [roster, setRoster] = useState<JoinRoster | null>(null)
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    fetchRoster(boardId, token, controller.signal)
      .then((result) => setRoster(result.ok ? result.value : null))
      .catch(() => {
        // Aborted on unmount, or a network failure: the dialog works without suggestions.
      })
    return () => controller.abort()
  }, [boardId, token, enabled])
  return roster
}
