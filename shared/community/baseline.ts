/**
 * A meeting board's baseline ({@link COMMUNITY_BASELINE_MAP}): the fingerprint of each coop and
 * working-group record as the server last copied or synced it, keyed `coop:<id>` and
 * `shape:<record id>`. What differs from it was changed at the meeting.
 */
import type * as Y from 'yjs'
import { COMMUNITY_BASELINE_MAP } from './maps'

/** The baseline key of a coop. */
export function coopKey(coopId: string): string {
  return `coop:${coopId}`
}

/** The baseline key of a record (a shape, a binding or an asset). */
export function recordKey(recordId: string): string {
  return `shape:${recordId}`
}

/** The baseline map of a board document. */
export function baselineMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(COMMUNITY_BASELINE_MAP)
}

/** The fingerprint stored under `key`, or null when nothing was copied under it. */
export function baselineOf(doc: Y.Doc, key: string): string | null {
  const value = baselineMap(doc).get(key)
  return typeof value === 'string' ? value : null
}

/** Stores fingerprints (key → fingerprint), each only when it differs from the stored one. */
export function writeBaseline(doc: Y.Doc, entries: Iterable<readonly [string, string]>): void {
  const map = baselineMap(doc)
  for (const [key, fingerprint] of entries) if (map.get(key) !== fingerprint) map.set(key, fingerprint)
}

/** What a baseline key names: a coop or a record, by id. */
export interface BaselineEntry {
  key: string
  kind: 'coop' | 'record'
  id: string
  fingerprint: string
}

/** Every entry of the baseline. */
export function baselineEntries(doc: Y.Doc): BaselineEntry[] {
  const entries: BaselineEntry[] = []
  baselineMap(doc).forEach((fingerprint, key) => {
    if (typeof fingerprint !== 'string') return
    const [prefix, ...rest] = key.split(':')
    const id = rest.join(':')
    if (prefix === 'coop') entries.push({ key, kind: 'coop', id, fingerprint })
    else if (prefix === 'shape') entries.push({ key, kind: 'record', id, fingerprint })
  })
  return entries
}

/** Forgets the fingerprints under `keys`: what was deleted on both sides is no longer shared. */
export function dropBaseline(doc: Y.Doc, keys: Iterable<string>): void {
  const map = baselineMap(doc)
  for (const key of keys) if (map.has(key)) map.delete(key)
}
