import { describe, expect, it } from 'vitest'
import { Role } from '../../../shared/protocol'
import {
  DEFAULT_SESSION_FORM,
  groupCards,
  groupChoices,
  needsLateJoin,
  planFromForm,
  presentParticipants,
  type BreakoutsData,
} from './breakoutView'
import { testTranslator } from '../../i18n/testing'
import { testMember, testSession } from './testSession'

const t = testTranslator('en')

function data(overrides: Partial<BreakoutsData> = {}): BreakoutsData {
  return {
    session: testSession(),
    members: [testMember('ana', 'g1'), testMember('bo', 'g1'), testMember('cy', 'g2')],
    rapporteurs: [],
    calls: [],
    ...overrides,
  }
}

describe('presentParticipants', () => {
  it('puts only participants in groups, not facilitators or people without a known role', () => {
    const peers = [
      { id: 'a', name: 'Ana', coop: 'Sur', role: Role.participant, color: '#000' },
      { id: 'f', name: 'Fac', coop: '', role: Role.facilitator, color: '#000' },
      { id: 'x', name: 'Who', coop: '', role: null, color: '#000' },
    ]
    expect(presentParticipants(peers)).toEqual([{ id: 'a', name: 'Ana', coop: 'Sur' }])
  })
})

describe('needsLateJoin', () => {
  it('asks a participant in no group to add themselves while a random or manual session runs', () => {
    expect(needsLateJoin(data(), { id: 'di', role: Role.participant })).toBe(true)
    expect(needsLateJoin(data({ session: testSession({ assignment: 'manual' }) }), { id: 'di', role: Role.participant })).toBe(true)
  })

  it('leaves members, facilitators, choose mode and ended sessions alone', () => {
    expect(needsLateJoin(data(), { id: 'ana', role: Role.participant })).toBe(false)
    expect(needsLateJoin(data(), { id: 'fac', role: Role.facilitator })).toBe(false)
    expect(needsLateJoin(data({ session: testSession({ assignment: 'choose' }) }), { id: 'di', role: Role.participant })).toBe(false)
    expect(needsLateJoin(data({ session: testSession({ status: 'ended' }) }), { id: 'di', role: Role.participant })).toBe(false)
  })
})

describe('groupCards', () => {
  it('counts present members, notes, and shows the rapporteur and call of each group', () => {
    const rapporteur = { sessionId: 's1', groupId: 'g1', participantId: 'bo', name: 'BO', coop: '', at: 1 }
    const call = { sessionId: 's1', groupId: 'g2', from: 'CY', at: 2 }
    const cards = groupCards(data({ rapporteurs: [rapporteur], calls: [call] }), new Map([['g1', 4]]), new Set(['ana']))
    expect(cards.map((c) => [c.group.id, c.members.length, c.present, c.notes])).toEqual([
      ['g1', 2, 1, 4],
      ['g2', 1, 0, 0],
      ['g3', 0, 0, 0],
    ])
    expect(cards[0]?.rapporteur?.participantId).toBe('bo')
    expect(cards[1]?.call?.from).toBe('CY')
  })
})

describe('groupChoices', () => {
  it('marks groups at the cap as full, except for the one a person is already in', () => {
    const choose = data({ session: testSession({ assignment: 'choose', cap: 2 }) })
    expect(groupChoices(choose, 'di').map((c) => [c.group.id, c.size, c.full])).toEqual([
      ['g1', 2, true],
      ['g2', 1, false],
      ['g3', 0, false],
    ])
    expect(groupChoices(choose, 'ana')[0]?.full).toBe(false)
  })
})

describe('planFromForm', () => {
  it('turns the default form into three groups of 15 minutes, random and spread by coop', () => {
    expect(planFromForm(DEFAULT_SESSION_FORM, t)).toEqual({
      plan: { topics: null, groupCount: 3, durationMs: 900_000, assignment: 'random', spreadCoops: true, cap: null },
    })
  })

  it('takes one topic per line, ignoring blank lines', () => {
    const result = planFromForm({ ...DEFAULT_SESSION_FORM, groupsBy: 'topics', topics: 'Housing\n\n Energy \nFood\n' }, t)
    expect(result).toMatchObject({ plan: { topics: ['Housing', 'Energy', 'Food'], groupCount: 3 } })
  })

  it('explains what is wrong with a form it cannot start', () => {
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, count: '1' }, t)).toEqual({ problem: 'Make at least two groups.' })
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, count: '31' }, t)).toEqual({ problem: 'At most 30 groups.' })
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, minutes: '0' }, t)).toMatchObject({ problem: expect.stringContaining('duration') })
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, groupsBy: 'topics', topics: 'Only one' }, t)).toMatchObject({
      problem: expect.stringContaining('two topics'),
    })
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, groupsBy: 'topics', topics: 'Food\nfood' }, t)).toEqual({
      problem: 'Each topic must be different.',
    })
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, assignment: 'choose', cap: 'x' }, t)).toMatchObject({
      problem: expect.stringContaining('cap'),
    })
  })

  it('keeps a cap only for choose mode, and coop spreading only for the modes that place people', () => {
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, assignment: 'choose', cap: '4' }, t)).toMatchObject({
      plan: { cap: 4, spreadCoops: false },
    })
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, assignment: 'random', cap: '4' }, t)).toMatchObject({ plan: { cap: null } })
  })

  it('explains in the language of the translator it is given', () => {
    expect(planFromForm({ ...DEFAULT_SESSION_FORM, count: '1' }, testTranslator('es'))).toEqual({ problem: 'Forma al menos dos grupos.' })
  })
})
