import { describe, expect, it } from 'vitest'
import { CORNER_COLORS, coopIdFor, mergeRoster, readCoop, sortedRoster } from './roster'

describe('coopIdFor', () => {
  it('gives one id to spellings of the same name', () => {
    expect(coopIdFor('Cooperativa Sur')).toBe('cooperativa-sur')
    expect(coopIdFor('  cooperativa   SÚR!')).toBe('cooperativa-sur')
    expect(coopIdFor('Ελληνική Συνεταιριστική')).toBe('ελληνικη-συνεταιριστικη')
  })

  it('keeps the marks that change a word in other scripts', () => {
    expect(coopIdFor('神戸コード')).toBe('神戸コード')
    expect(coopIdFor('神戸コード')).not.toBe(coopIdFor('神戸コート'))
    expect(coopIdFor('한국 협동조합')).toBe('한국-협동조합')
  })
})

describe('mergeRoster', () => {
  it('adds new coops with distinct colours, updates known ones, and never removes or duplicates', () => {
    const first = mergeRoster([], [{ name: 'Sur' }, { name: 'Norte', country: 'Chile' }])
    expect(first.added.map((c) => c.id)).toEqual(['sur', 'norte'])
    expect(first.added[0]!.color).not.toBe(first.added[1]!.color)
    expect(first.added.every((c) => CORNER_COLORS.includes(c.color))).toBe(true)
    const second = mergeRoster(first.added, [{ name: 'SUR', country: 'Argentina' }, { name: 'Norte' }, { name: 'Este' }])
    expect(second.added.map((c) => c.id)).toEqual(['este'])
    expect(second.updated).toEqual([expect.objectContaining({ id: 'sur', name: 'SUR', country: 'Argentina' })])
    expect(second.unchanged).toBe(1)
    // A blank field in the import keeps what the roster had.
    expect(mergeRoster(second.updated, [{ name: 'SUR', country: '' }]).unchanged).toBe(1)
  })
})

describe('mergeRoster with names typed without their letters', () => {
  it('updates "Spółdzielnia Kodu" from a list that writes it "Spoldzielnia Kodu", keeping its spelling', () => {
    const [kodu, oresund] = mergeRoster([], [{ name: 'Spółdzielnia Kodu' }, { name: 'Øresund Data' }]).added
    if (!kodu || !oresund) throw new Error('not added')
    const again = mergeRoster(
      [kodu, oresund],
      [
        { name: 'Spoldzielnia Kodu', delegateCount: 3 },
        { name: 'oresund data', country: 'DK' },
      ],
    )
    expect(again.added).toEqual([])
    expect(again.updated.map((coop) => [coop.id, coop.name])).toEqual([
      [kodu.id, 'Spółdzielnia Kodu'],
      [oresund.id, 'Øresund Data'],
    ])
    expect(again.updated[0]?.delegateCount).toBe(3)
  })
})

describe('readCoop and sortedRoster', () => {
  it('reads coops and sorts them by name, ignoring case', () => {
    const coops = mergeRoster([], [{ name: 'beta' }, { name: 'Alfa' }]).added
    expect(coops.map(readCoop)).toEqual(coops)
    expect(readCoop({ ...coops[0], delegates: 'Ana' })).toBeNull()
    expect(sortedRoster(coops).map((c) => c.name)).toEqual(['Alfa', 'beta'])
  })
})
