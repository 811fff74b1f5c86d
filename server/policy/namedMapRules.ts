/**
 * What each role may write into Plenary's named maps (shared/namedMaps.ts), and what their
 * values must be. The writers of a map decide who may add, change or delete entries; each
 * stored value is checked by its map's value rule, and each change by its map's change rule
 * (which sees the rest of the board and who writes). Maps and rules are declared by each
 * feature (shared/<feature>/feature.ts) as pure functions, so clients can check what they write.
 */
import { isResent, type EntryChangeInput, type FeatureMap, type Problem } from '../../shared/feature'
import { mayEditEntries, mayWriteMap, MapWriters } from '../../shared/mapWriters'
import { BOARD_FEATURE_SET } from '../../shared/namedMaps'
import type { Role } from '../../shared/protocol'
import type { Slot } from './docChanges'

export type { EntryChangeInput } from '../../shared/feature'

/** The named maps a policy knows, by name (a FeatureSet's `maps`); by default the board's. */
export type NamedMaps = ReadonlyMap<string, FeatureMap>

const BOARD_MAPS: NamedMaps = BOARD_FEATURE_SET.maps

function invalid(problem: string | null): Problem | null {
  return problem === null ? null : { reason: 'invalid_entry', detail: problem }
}

/** Why the change of an entry of named map `map` may not be made, or null (see FeatureMap's `change`). */
export function namedMapChangeProblem(map: string, change: EntryChangeInput, maps: NamedMaps = BOARD_MAPS): Problem | null {
  return invalid(maps.get(map)?.change?.(change) ?? null)
}

/**
 * Why `role` may not change the entry of named map `map` from `before` to `after`, or null when
 * it may. Re-sending an entry unchanged is never a change.
 */
export function namedMapWriteProblem(map: string, role: Role, before: Slot, after: Slot, maps: NamedMaps = BOARD_MAPS): Problem | null {
  const writers = maps.get(map)?.writers ?? MapWriters.server
  if (!mayWriteMap(writers, role)) {
    return writers === MapWriters.server
      ? { reason: 'server_only', detail: `only the server writes ${map}` }
      : { reason: 'facilitator_only', detail: `only facilitators write ${map}` }
  }
  if (!before.present || mayEditEntries(writers, role)) return null
  if (isResent(before, after)) return null
  return { reason: 'facilitator_only', detail: `only facilitators ${after.present ? 'change' : 'delete'} entries of ${map}` }
}

/** Why `value` may not be stored under `key` in named map `map` (already known to be plain JSON), or null. */
export function namedMapValueProblem(map: string, key: string, value: unknown, maps: NamedMaps = BOARD_MAPS): Problem | null {
  return invalid(maps.get(map)?.value?.(key, value) ?? null)
}
