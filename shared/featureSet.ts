/**
 * A list of {@link DocFeature}s gathered into what the policy looks up: every named map by name,
 * and the record rules and hooks in list order. Gathering checks that no two features claim
 * the same map (or id): a map with two owners would have two sets of rules.
 */
import type { DocFeature, FeatureMap, RecordRule } from './feature'

/** The maps, rules and hooks of a list of features. */
export interface FeatureSet {
  /** The features, in list order. */
  readonly features: readonly DocFeature[]
  /** Every named map of the features, by name. */
  readonly maps: ReadonlyMap<string, FeatureMap>
  /** Every record rule, in list order. */
  readonly recordRules: readonly RecordRule[]
}

/** Gathers `features`; throws when two of them share an id or declare the same map. */
export function gatherFeatures(features: readonly DocFeature[]): FeatureSet {
  const ids = new Set<string>()
  const maps = new Map<string, FeatureMap>()
  const owners = new Map<string, string>()
  for (const feature of features) {
    if (ids.has(feature.id)) throw new Error(`two board features are named ${feature.id}`)
    ids.add(feature.id)
    for (const [name, map] of Object.entries(feature.maps ?? {})) {
      const owner = owners.get(name)
      if (owner !== undefined) throw new Error(`the map ${name} is declared by both ${owner} and ${feature.id}`)
      owners.set(name, feature.id)
      maps.set(name, map)
    }
  }
  return { features, maps, recordRules: features.flatMap((feature) => feature.recordRules ?? []) }
}
