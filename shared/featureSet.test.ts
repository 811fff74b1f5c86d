import { describe, expect, it } from 'vitest'
import type { DocFeature, RecordRule } from './feature'
import { DOC_FEATURES } from './features'
import { gatherFeatures } from './featureSet'
import { MapWriters } from './mapWriters'
import { boardFeatureSet, FACILITATOR_MAPS, NAMED_MAPS, QUARANTINE_MAP } from './namedMaps'

const never: RecordRule = () => null
const always: RecordRule = () => ({ reason: 'facilitator_only', detail: 'no' })

describe('gatherFeatures', () => {
  it('indexes every map by name and keeps the record rules in list order', () => {
    const a: DocFeature = { id: 'a', maps: { 'a:one': { writers: MapWriters.everyone } }, recordRules: [always] }
    const b: DocFeature = { id: 'b', maps: { 'b:one': { writers: MapWriters.facilitators } }, recordRules: [never, always] }
    const set = gatherFeatures([a, b])
    expect([...set.maps.keys()]).toEqual(['a:one', 'b:one'])
    expect(set.maps.get('b:one')?.writers).toBe(MapWriters.facilitators)
    expect(set.recordRules).toEqual([always, never, always])
    expect(set.features).toEqual([a, b])
  })

  it('throws when two features declare the same map', () => {
    const a: DocFeature = { id: 'a', maps: { shared: { writers: MapWriters.everyone } } }
    const b: DocFeature = { id: 'b', maps: { shared: { writers: MapWriters.facilitators } } }
    expect(() => gatherFeatures([a, b])).toThrow('the map shared is declared by both a and b')
  })

  it('throws when two features have the same id', () => {
    expect(() => gatherFeatures([{ id: 'a' }, { id: 'a' }])).toThrow('two board features are named a')
  })

  it('finds a map by name only, never through Object.prototype', () => {
    expect(gatherFeatures([]).maps.get('constructor')).toBeUndefined()
  })
})

describe('the board features', () => {
  it('declare no map twice, nor one of the core maps', () => {
    expect(() => boardFeatureSet()).not.toThrow()
    const quarantine: DocFeature = { id: 'quarantine', maps: { [QUARANTINE_MAP]: { writers: MapWriters.everyone } } }
    expect(() => boardFeatureSet([...DOC_FEATURES, quarantine])).toThrow(
      `the map ${QUARANTINE_MAP} is declared by both core and quarantine`,
    )
  })

  it('give NAMED_MAPS every feature map with its writers, and the quarantine to the server alone', () => {
    for (const feature of DOC_FEATURES) {
      for (const [name, map] of Object.entries(feature.maps ?? {})) expect(NAMED_MAPS[name]).toBe(map.writers)
    }
    expect(NAMED_MAPS[QUARANTINE_MAP]).toBe(MapWriters.server)
    expect(FACILITATOR_MAPS).toEqual(Object.keys(NAMED_MAPS).filter((name) => NAMED_MAPS[name] === MapWriters.facilitators))
  })
})
