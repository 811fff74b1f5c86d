/**
 * The directory's rows, kept current while the panel is open: the roster, who is online for
 * each coop and how many notes each corner holds. Counting walks the board's records, so it
 * runs only while the panel is shown, and at most a few times a second (see RosterAccess).
 */
import { useMemo, useSyncExternalStore } from 'react'
import type { StoredRecord } from '../../../shared/boardDoc'
import { directoryEntries, type DirectoryEntry } from '../../../shared/corners/directory'
import type { Participant } from '../../../shared/participant'
import { noSubscription } from '../../lib/opener'
import type { RosterAccess } from './rosterAccess'
import { useRoster } from './useRoster'

export type { DirectoryEntry } from '../../../shared/corners/directory'

const NO_RECORDS: readonly StoredRecord[] = Object.freeze([])
const noRecords = (): readonly StoredRecord[] => NO_RECORDS

/** The directory's rows for everyone in `people`, recomputed while `enabled`. */
export function useDirectory(access: RosterAccess | null, people: readonly Participant[], enabled: boolean): DirectoryEntry[] {
  const roster = useRoster(access)
  const watched = enabled ? access : null
  const records = useSyncExternalStore(watched ? watched.subscribeRecords : noSubscription, watched ? watched.recordsSnapshot : noRecords)
  return useMemo(() => (watched ? directoryEntries(roster, records, people) : []), [watched, roster, records, people])
}
