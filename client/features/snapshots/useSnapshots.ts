/** The board's snapshot list, loaded when the panel opens and refreshed on demand. */
import { useCallback, useEffect, useState } from 'react'
import type { SnapshotInfo } from '../../../shared/snapshots/types'
import { fetchSnapshots } from './snapshotApi'

/** What the panel shows. */
export interface SnapshotList {
  snapshots: SnapshotInfo[] | null
  error: string | null
  refresh: () => void
}

/** Loads the list now and whenever `refresh` is called. */
export function useSnapshots(boardId: string, token: string): SnapshotList {
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    let current = true
    void fetchSnapshots(boardId, token).then((result) => {
      if (!current) return
      if (result.ok) {
        setSnapshots(result.value)
        setError(null)
      } else setError(result.message)
    })
    return () => {
      current = false
    }
  }, [boardId, token, generation])
  const refresh = useCallback(() => setGeneration((n) => n + 1), [])
  return { snapshots, error, refresh }
}
