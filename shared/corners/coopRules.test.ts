import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Role } from '../protocol'
import { coopChangeProblem, coopProblem } from './coopRules'
import { ROSTER_MAP, type Coop } from './roster'

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

  it('accepts another spelling of the same name under the same id', () => {
    expect(coopProblem('cooperativa-sur', { ...sur, name: 'COOPERATIVA SÚR' })).toBeNull()
  })

  it('refuses overlong fields, blank names and unsafe websites', () => {
    const long = 'x'.repeat(81)
    expect(coopProblem(long, { ...sur, id: long, name: long })).toMatch(/name/)
    expect(coopProblem('cooperativa-sur', { ...sur, description: 'd'.repeat(5001) })).toMatch(/description/)
    // Several paragraphs fit; a delegate count is a whole number within its limit.
    expect(coopProblem('cooperativa-sur', { ...sur, description: 'Ł'.repeat(5000), delegateCount: 3 })).toBeNull()
    expect(coopProblem('cooperativa-sur', { ...sur, delegateCount: 1000 })).toMatch(/delegateCount/)
    expect(coopProblem('cooperativa-sur', { ...sur, delegateCount: 2.5 })).toMatch(/not a coop/)
    expect(coopProblem('cooperativa-sur', { ...sur, delegates: Array.from({ length: 41 }, (_, i) => `D${i}`) })).toMatch(/delegates/)
    expect(coopProblem('cooperativa-sur', { ...sur, delegates: [' '] })).toMatch(/delegate/)
    expect(coopProblem('coop', { ...sur, id: 'coop', name: '   ' })).toMatch(/blank/)
    expect(coopProblem('cooperativa-sur', { ...sur, website: 'javascript:alert(1)' })).toMatch(/website/)
    expect(coopProblem('cooperativa-sur', { ...sur, cornerId: 'page:page' })).toMatch(/cornerId/)
  })
})

describe('coopChangeProblem', () => {
  const kodu: Coop = { ...sur, id: 'społdzielnia-kodu', name: 'Spółdzielnia Kodu', cornerId: null }
  function change(key: string, value: Coop | null, role: Role) {
    const doc = new Y.Doc()
    const roster = doc.getMap<unknown>(ROSTER_MAP)
    roster.set(sur.id, sur)
    roster.set(kodu.id, kodu)
    const after = value === null ? { present: false as const } : { present: true as const, value }
    return coopChangeProblem({ doc, key, before: { present: false }, after, role, writer: { participantIds: new Set() } })
  }

  it('lets a participant add a coop only under the id its name gives', () => {
    expect(change('λυκος', { ...sur, id: 'λυκος', name: 'Λύκος' }, Role.participant)).toBeNull()
    expect(change('sur-2', { ...sur, id: 'sur-2', name: 'Λύκος' }, Role.participant)).toMatch(/id/)
  })

  it('lets a facilitator rename a coop and keep its id, but not to a name another coop goes by', () => {
    expect(change(sur.id, { ...sur, name: 'Cooperativa del Sur 南' }, Role.facilitator)).toBeNull()
    expect(change(sur.id, { ...sur, name: 'SPÓŁDZIELNIA  kodu' }, Role.facilitator)).toMatch(/another coop/)
    expect(change('lykos', { ...sur, id: 'lykos', name: 'Cooperativa Sur' }, Role.facilitator)).toMatch(/another coop/)
    expect(change(sur.id, null, Role.facilitator)).toBeNull()
  })
})
