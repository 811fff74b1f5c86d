/**
 * Plenary's own top-level maps in a board's Y.Doc, next to `records` and `meta`
 * (shared/boardDoc.ts), and who may write each: the board's core maps plus every feature's
 * (shared/features.ts). The server refuses writes to any other top-level type; a feature that
 * needs a new map declares it in its own `feature.ts`.
 */
import * as Y from 'yjs'
import type { DocFeature } from './feature'
import { DOC_FEATURES } from './features'
import { gatherFeatures, type FeatureSet } from './featureSet'
import { MapWriters } from './mapWriters'

export { MapWriters, mayEditEntries, mayWriteMap } from './mapWriters'

/**
 * Records the server moved out of `records` at load because they failed validation:
 * record id → {@link QuarantineEntry}. Written by the server only.
 */
export const QUARANTINE_MAP = 'quarantine'

/** The maps of the board itself, which belong to no feature. */
const CORE: DocFeature = {
  id: 'core',
  maps: { [QUARANTINE_MAP]: { writers: MapWriters.server } },
}

/**
 * The core maps plus the maps, rules and hooks of `features` (by default every feature of the
 * board). Throws when two declare the same map.
 */
export function boardFeatureSet(features: readonly DocFeature[] = DOC_FEATURES): FeatureSet {
  return gatherFeatures([CORE, ...features])
}

/** The core maps plus every feature's, gathered once (at load, so a map declared twice fails at once). */
export const BOARD_FEATURE_SET: FeatureSet = boardFeatureSet()

/**
 * Every named map and its writers. Entries hold plain JSON values (no nested Y types), each
 * within the server's per-record size limit.
 */
export const NAMED_MAPS: Readonly<Record<string, MapWriters>> = Object.fromEntries(
  [...BOARD_FEATURE_SET.maps].map(([name, map]) => [name, map.writers]),
)

/** Named maps only facilitators may write. */
export const FACILITATOR_MAPS: readonly string[] = Object.keys(NAMED_MAPS).filter((name) => NAMED_MAPS[name] === MapWriters.facilitators)

/** Who may write the named map `name`, or null when it is not one of Plenary's maps. */
export function namedMapWriters(name: string): MapWriters | null {
  // Own-property lookup: a name like "constructor" must not find Object.prototype's.
  return Object.hasOwn(NAMED_MAPS, name) ? (NAMED_MAPS[name] ?? null) : null
}

/** One quarantined record: the value as it was stored, why it was moved, and when (ms). */
export interface QuarantineEntry {
  record: unknown
  reason: string
  at: number
}

/** The quarantine map of a board document. */
export function quarantineMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(QUARANTINE_MAP)
}
