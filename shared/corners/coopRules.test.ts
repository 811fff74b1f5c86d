import { describe, expect, it } from 'vitest'
import { coopProblem } from './coopRules'
import type { Coop } from './roster'

const sur: Coop = {
  id: 'cooperativa-sur',
  name: 'Cooperativa Sur',
  country: 'Argentina',
  website: 'https://sur.coop',
  description: 'Software for cooperatives',
  delegates: ['Ana', 'Luis'],
  color: 'violet',
  cornerId: 'shape:corner-cooperativa-sur',
}

describe('coopProblem', () => {
  it('accepts a complete coop stored under its id', () => {
    expect(coopProblem('cooperativa-sur', sur)).toBeNull()
    expect(coopProblem('cooperativa-sur', { ...sur, cornerId: null, website: '', delegates: [] })).toBeNull()
  })

  it('refuses values that are not coops or sit under another key', () => {
    expect(coopProblem('x', 'Cooperativa Sur')).toMatch(/not a coop/)
    expect(coopProblem('x', { ...sur, color: 'octarine' })).toMatch(/not a coop/)
    expect(coopProblem('other', sur)).toMatch(/key/)
  })

  it('refuses an id that is not the one the name gives, so one coop cannot appear twice', () => {
    expect(coopProblem('sur-2', { ...sur, id: 'sur-2' })).toMatch(/id/)
    // Same id for another spelling of the same name: fine.
    expect(coopProblem('cooperativa-sur', { ...sur, name: 'COOPERATIVA SÚR' })).toBeNull()
  })

  it('refuses overlong fields, blank names and unsafe websites', () => {
    const long = 'x'.repeat(81)
    expect(coopProblem(long, { ...sur, id: long, name: long })).toMatch(/name/)
    expect(coopProblem('cooperativa-sur', { ...sur, description: 'd'.repeat(201) })).toMatch(/description/)
    expect(coopProblem('cooperativa-sur', { ...sur, delegates: Array.from({ length: 41 }, (_, i) => `D${i}`) })).toMatch(/delegates/)
    expect(coopProblem('cooperativa-sur', { ...sur, delegates: [' '] })).toMatch(/delegate/)
    expect(coopProblem('coop', { ...sur, id: 'coop', name: '   ' })).toMatch(/blank/)
    expect(coopProblem('cooperativa-sur', { ...sur, website: 'javascript:alert(1)' })).toMatch(/website/)
    expect(coopProblem('cooperativa-sur', { ...sur, cornerId: 'page:page' })).toMatch(/cornerId/)
  })
})
