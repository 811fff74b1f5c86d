import { describe, expect, it } from 'vitest'
import { testTranslator } from '../../i18n/testing'
import type { DecisionLogEntry } from '../../../shared/decisions/log'
import type { ProposalSummary } from '../../../shared/decisions/summary'
import type { Stance } from '../../../shared/decisions/types'
import { countsText, logLine, objections, problemText, quorumText, stanceAbility, stanceCountText, stanceOf } from './decisionsView'

const t = testTranslator('en')
const es = testTranslator('es')

const counts = (consent: number, concern: number, standAside: number, block: number) => ({
  consent,
  concern,
  stand_aside: standAside,
  block,
})

function stance(coopName: string, kind: Stance['stance']): Stance {
  return { proposalId: 'p', coopId: coopName.toLowerCase(), coopName, stance: kind, reason: null, participantId: 'x', name: 'X', at: 1 }
}

describe('decision words', () => {
  it('counts stances in words, singular and plural', () => {
    expect(stanceCountText(t, 'block', 1)).toBe('1 block')
    expect(stanceCountText(t, 'block', 2)).toBe('2 blocks')
    expect(stanceCountText(t, 'concern', 3)).toBe('3 concerns')
    expect(countsText(t, counts(12, 0, 1, 0))).toBe('12 consent, 1 stand aside')
    expect(countsText(t, counts(0, 0, 0, 0))).toBe('no stances')
    expect(countsText(es, counts(12, 1, 1, 0))).toBe('12 consentimientos, 1 reparo, 1 se hace a un lado')
  })

  it('writes a decision log line', () => {
    const entry = { seq: 1, text: 'We agreed to meet monthly', outcome: 'agreed', counts: counts(12, 0, 1, 0) } as DecisionLogEntry
    expect(logLine(t, entry)).toBe('1. We agreed to meet monthly — agreed, 12 consent, 1 stand aside')
    expect(logLine(t, { ...entry, seq: 4, outcome: 'not_agreed', counts: counts(1, 1, 0, 1) })).toBe(
      '4. We agreed to meet monthly — not agreed, 1 consent, 1 concern, 1 block',
    )
  })

  it('says how far quorum is', () => {
    const summary = (responded: number, quorumMet: boolean) => ({ tally: { responded, coops: 5, needed: 3, quorumMet } }) as ProposalSummary
    expect(quorumText(t, summary(2, false))).toBe('2 of 5 coops responded · quorum needs 3')
    expect(quorumText(t, summary(3, true))).toBe('3 of 5 coops responded · quorum reached')
    expect(quorumText(es, summary(2, false))).toBe('Respondieron 2 de 5 cooperativas · el quórum necesita 3')
  })

  it('translates the problems of the shared write functions, and passes unknown ones through', () => {
    expect(problemText(t, 'A reason is at most 500 characters.')).toBe('A reason is at most 500 characters.')
    expect(problemText(es, 'A reason is at most 500 characters.')).toBe('Un motivo tiene como máximo 500 caracteres.')
    expect(problemText(es, 'This proposal is closed.')).toBe('Esta propuesta está cerrada.')
    expect(problemText(es, 'Something new.')).toBe('Something new.')
  })

  it('lists blocks before concerns and leaves the rest out', () => {
    const list = objections([stance('A', 'concern'), stance('B', 'consent'), stance('C', 'block'), stance('D', 'stand_aside')])
    expect(list.map((s) => s.coopName)).toEqual(['C', 'A'])
  })

  it('lets only someone with a coop take a stance, and says why not', () => {
    expect(stanceAbility(t, true, 'Cooperativa Súr')).toEqual({ kind: 'can', coopName: 'Cooperativa Súr', coopId: 'cooperativa-sur' })
    expect(stanceAbility(t, true, '  ')).toMatchObject({ kind: 'cannot', why: expect.stringMatching(/by coop/) })
    expect(stanceAbility(t, false, 'Sur')).toMatchObject({ kind: 'cannot', why: expect.stringMatching(/view-only/) })
  })

  it("finds a coop's stance", () => {
    expect(stanceOf([stance('A', 'block')], 'a')?.stance).toBe('block')
    expect(stanceOf([stance('A', 'block')], 'b')).toBeNull()
  })
})
