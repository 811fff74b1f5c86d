/**
 * The coop directory: every coop on the roster with its corner, how many sticky notes are in
 * it and who of it is on the board now; and the search over it. Pure.
 */
import type { StoredRecord } from '../boardDoc'
import type { Participant } from '../participant'
import { cornerOf, cornersByCoop } from './cornerRecord'
import { closestNames } from '../text/closest'
import { foldForMatch as fold } from '../text/fold'
import { coopIdFor, sortedRoster, type Coop } from './roster'

/** One coop in the directory. */
export interface DirectoryEntry {
  coop: Coop
  /** Sticky notes in the coop's corners (see {@link directoryEntries}). */
  noteCount: number
  /** People on the board now who said they are from this coop, by name. */
  online: Participant[]
  /** The corner to fly to, or null when the coop has none. */
  cornerId: string | null
}

/**
 * The directory, sorted by coop name. A note counts for a coop when its parent is one of the
 * coop's corner frames, or a shape (a group, a frame) whose parent is one: one level of
 * nesting, which is what dropping notes into a corner and grouping them there makes. A coop
 * normally has one corner; copies of it (copying a frame copies its meta) count too. A person
 * is online for a coop when the coop they gave at joining has the coop's id (same name, up to
 * case, accents and punctuation); one person with several tabs is listed once.
 */
export function directoryEntries(coops: readonly Coop[], records: Iterable<StoredRecord>, peers: readonly Participant[]): DirectoryEntry[] {
  const all = [...records]
  const corners = cornersByCoop(all)
  const coopOfCorner = new Map<string, string>()
  for (const [coopId, list] of corners) for (const corner of list) coopOfCorner.set(corner.id, coopId)

  const parentOf = new Map<string, unknown>()
  for (const record of all) if (record.typeName === 'shape') parentOf.set(record.id, record.parentId)
  const notes = new Map<string, number>()
  for (const record of all) {
    if (record.typeName !== 'shape' || record.type !== 'note' || typeof record.parentId !== 'string') continue
    const grandparent = parentOf.get(record.parentId)
    const coopId = coopOfCorner.get(record.parentId) ?? (typeof grandparent === 'string' ? coopOfCorner.get(grandparent) : undefined)
    if (coopId !== undefined) notes.set(coopId, (notes.get(coopId) ?? 0) + 1)
  }

  const online = new Map<string, Map<string, Participant>>()
  for (const peer of peers) {
    if (peer.coop.trim() === '') continue
    const coopId = coopIdFor(peer.coop)
    const people = online.get(coopId) ?? new Map<string, Participant>()
    people.set(peer.id, peer)
    online.set(coopId, people)
  }

  return sortedRoster(coops).map((coop) => ({
    coop,
    noteCount: notes.get(coop.id) ?? 0,
    online: [...(online.get(coop.id)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })),
    cornerId: cornerOf(coop, corners)?.id ?? null,
  }))
}

/**
 * The entries matching `query`: every word of it must appear in the coop's name or country,
 * ignoring case and accents ("sur arg" finds Cooperativa Sur, Argentina). A blank query keeps
 * every entry.
 */
export function filterDirectory(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '')
  if (words.length === 0) return [...entries]
  return entries.filter((entry) => {
    const haystack = `${fold(entry.coop.name)}\n${fold(entry.coop.country)}`
    return words.every((word) => haystack.includes(word))
  })
}

/**
 * "Did you mean…" for a search that matched nothing: the entries whose coop name is closest
 * to `query` (a typo, a word typed in part, letters like ł typed as l; see `closestNames`).
 */
export function closestEntries(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  return closestNames(entries, (entry) => entry.coop.name, query)
}
