import { describe, expect, it } from 'vitest'
import { readRoster } from '../corners/applyPlan'
import { coopIdFor } from '../corners/roster'
import { matchKey } from '../text/fold'
import { suggestPresentPresenter, presentMembers } from './presenterChoice'
import { GROUPS, workingGroupsBoard } from './reportTesting'

const roster = readRoster(workingGroupsBoard())
const zofia = { id: 'p-zofia', name: 'Zofia Łukasiewicz', coop: 'Spółdzielnia Kodu' }
const marta = { id: 'p-marta', name: 'Marta', coop: 'cooperativa sur' }
const lucia = { id: 'p-lucia', name: 'Lucía', coop: 'Cooperativa Sur' }
const kenji = { id: 'p-kenji', name: 'kenji watanabe', coop: '' }
const stranger = { id: 'p-tom', name: 'Tom', coop: 'Coop 05' }

describe('presenter of a working group among the people present', () => {
  it('counts people named in the group (folded) and people of its coops, once each', () => {
    const members = presentMembers(GROUPS.infra, [zofia, marta, stranger, zofia], roster)
    expect(members.map((person) => person.id)).toEqual(['p-zofia', 'p-marta'])
    expect(presentMembers(GROUPS.money, [kenji, stranger], roster).map((person) => person.id)).toEqual(['p-kenji'])
  })

  it('suggests the coop that reported least recently in the series, then the person who did', () => {
    const history = {
      coops: { [coopIdFor('Spółdzielnia Kodu')]: 3000, [coopIdFor('Cooperativa Sur')]: 1000 },
      people: { [matchKey('Marta')]: 1000 },
    }
    // Sur reported longer ago than Kodu; within Sur, Lucía never reported and Marta did.
    expect(suggestPresentPresenter(GROUPS.infra, [zofia, marta, lucia], roster, history)?.id).toBe('p-lucia')
    expect(suggestPresentPresenter(GROUPS.infra, [zofia, marta, lucia], roster, history, new Set(['p-lucia']))?.id).toBe('p-marta')
    expect(suggestPresentPresenter(GROUPS.infra, [zofia], roster, history)?.id).toBe('p-zofia')
  })

  it('is null when nobody of the group is here, and the same whatever the order of presence', () => {
    const empty = { coops: {}, people: {} }
    expect(suggestPresentPresenter(GROUPS.money, [stranger, zofia], roster, empty)).toBeNull()
    const a = suggestPresentPresenter(GROUPS.infra, [zofia, marta, lucia], roster, empty)
    const b = suggestPresentPresenter(GROUPS.infra, [lucia, marta, zofia], roster, empty)
    expect(a?.id).toBe(b?.id)
  })
})
