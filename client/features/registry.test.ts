import { describe, expect, it } from 'vitest'
import { catalogFrom, SOURCE_LANGUAGE } from '../i18n/catalog'
import { readLocaleFiles } from '../i18n/localeFiles'
import { BOARD_FEATURES } from './registry'

describe('the board feature registry', () => {
  it('names every feature once, so each panel and part has one owner', () => {
    const ids = BOARD_FEATURES.map((feature) => feature.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every namespace a feature declares English messages, and no namespace to two features', () => {
    const english = catalogFrom(readLocaleFiles()).get(SOURCE_LANGUAGE) ?? {}
    const namespaces = BOARD_FEATURES.flatMap((feature) => feature.namespaces)
    expect(new Set(namespaces).size).toBe(namespaces.length)
    for (const namespace of namespaces) expect(Object.keys(english)).toContain(namespace)
  })

  it('has exactly one feature giving the board its asset store', () => {
    expect(BOARD_FEATURES.filter((feature) => feature.assetStore)).toHaveLength(1)
  })
})
