/**
 * A snapshot named in the board's address: `/b/<board>?snapshot=<snapshotId>#token=…` opens that
 * snapshot read-only once the board is ready (the community page links each past meeting's
 * final snapshot this way). Reading the parameter and taking it out of the address are pure,
 * so the hook (useSnapshotLink.ts) only wires them to the page.
 */

/** The query parameter that names a snapshot. */
export const SNAPSHOT_PARAM = 'snapshot'

/** Snapshot ids are URL-safe (the server makes 16 characters); anything else names no snapshot. */
const SNAPSHOT_ID = /^[A-Za-z0-9_-]{1,64}$/

/** What the address asks for: nothing, a snapshot by id, or a snapshot by an id that cannot be one. */
export type SnapshotLink = { kind: 'none' } | { kind: 'snapshot'; id: string } | { kind: 'malformed' }

/** Reads `?snapshot=` from a location's `search` (with or without its "?"); the first one counts. */
export function snapshotLinkOf(search: string): SnapshotLink {
  const value = new URLSearchParams(search).get(SNAPSHOT_PARAM)
  if (value === null) return { kind: 'none' }
  const id = value.trim()
  return SNAPSHOT_ID.test(id) ? { kind: 'snapshot', id } : { kind: 'malformed' }
}

/**
 * The address without any `snapshot` parameter, every other parameter and the fragment kept
 * as they were: what the address bar shows once the viewer closes, so a reload opens the live
 * board. `location` is a path with its search and fragment (`/b/x?snapshot=y&lang=es#z`).
 */
export function addressWithoutSnapshot(location: { pathname: string; search: string; hash: string }): string {
  const params = new URLSearchParams(location.search)
  params.delete(SNAPSHOT_PARAM)
  const search = params.toString()
  return `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`
}
