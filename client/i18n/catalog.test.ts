import { describe, expect, it } from 'vitest'
import { catalogFrom, flatKeys, messageAt } from './catalog'

describe('catalogFrom', () => {
  it('merges the core file and each feature file of a language into one tree', () => {
    const catalog = catalogFrom({
      './locales/es.json': { default: { common: { close: 'Cerrar' } } },
      '../features/stage/locales/es.json': { default: { stage: { menu: { label: 'Presentar' } } } },
      '../features/stage/locales/en.json': { default: { stage: { menu: { label: 'Present' } } } },
    })
    expect([...catalog.keys()].sort()).toEqual(['en', 'es'])
    expect(flatKeys(catalog.get('es') ?? {})).toEqual(['common.close', 'stage.menu.label'])
    expect(messageAt(catalog.get('es') ?? {}, 'stage.menu.label')).toBe('Presentar')
  })

  it('fails loudly when two files declare the same top-level key, naming both', () => {
    const twice = () =>
      catalogFrom({
        '../features/voting/locales/en.json': { default: { voting: { open: 'Open a vote' } } },
        '../features/raisedHands/locales/en.json': { default: { voting: { raise: 'Raise' } } },
      })
    expect(twice).toThrow(
      '"voting" (en) is declared in both ../features/voting/locales/en.json and ../features/raisedHands/locales/en.json',
    )
  })

  it('takes the same top-level key in each language’s own file as no repeat', () => {
    const catalog = catalogFrom({
      '../features/voting/locales/en.json': { voting: { open: 'Open a vote' } },
      '../features/voting/locales/es.json': { voting: { open: 'Abrir una votación' } },
    })
    expect(messageAt(catalog.get('en') ?? {}, 'voting.open')).toBe('Open a vote')
    expect(messageAt(catalog.get('es') ?? {}, 'voting.open')).toBe('Abrir una votación')
  })
})
