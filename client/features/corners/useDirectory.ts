/**
 * The directory's rows, kept current while the panel is open: the roster, who is online for
 * each coop and how many notes each corner holds. Counting walks the board's records, so it
 * runs only while the panel is shown, and at most a few times a second (see RosterAccess).
 */
import { useEffect, useMemo, useState } from 'react'
import { directoryEntries, type DirectoryEntry } from '../../../shared/corners/directory'
import type { Participant } from '../../../shared/participant'
import type { RosterAccess } from './rosterAccess'
import { useRoster } from './useRoster'

export type { DirectoryEntry } from '../../../shared/corners/directory'

/** The directory's rows for everyone in `people`, recomputed while `enabled`. */
export function useDirectory(access: RosterAccess | null, people: readonly Participant[], enabled: boolean): DirectoryEntry[] {
  const roster = useRoster(access)
  const [recordsVersion, setRecordsVersion] = useState(0)
  useEffect(() => {
    if (!access || !enabled) return
    // Counts may be stale from while the panel was closed.
    setRecordsVersion((version) => version + 1)
    return access.subscribeRecords(() => setRecordsVersion((version) => version + 1))
  }, [access, enabled])
  return useMemo(
    () => (access && enabled ? directoryEntries(roster, access.getRecords(), people) : []),
    // recordsVersion stands for the records, which are read from the access, not passed in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [access, enabled, roster, people, recordsVersion],
  )
}
