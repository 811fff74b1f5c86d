import { describe, expect, it } from 'vitest'
import type { DecisionLogEntry } from '../../../shared/decisions/log'
import type { ProposalSummary } from '../../../shared/decisions/summary'
import type { Stance } from '../../../shared/decisions/types'
import { countsText, logLine, objections, quorumText, stanceAbility, stanceCountText, stanceOf } from './decisionsView'

const counts = (consent: number, concern: number, standAside: number, block: number) => ({ consent, concern, stand_aside: standAside, block })

function stance(coopName: string, kind: Stance['stance']): Stance {
  return { proposalId: 'p', coopId: coopName.toLowerCase(), coopName, stance: kind, reason: null, participantId: 'x', name: 'X', at: 1 }
}

describe('decision words', () => {
  it('counts stances in words, singular and plural', () => {
    expect(stanceCountText('block', 1)).toBe('1 block')
    expect(stanceCountText('block', 2)).toBe('2 blocks')
    expect(stanceCountText('concern', 3)).toBe('3 concerns')
    expect(countsText(counts(12, 0, 1, 0))).toBe('12 consent, 1 stand aside')
    expect(countsText(counts(0, 0, 0, 0))).toBe('no stances')
  })

  it('writes a decision log line', () => {
    const entry = { seq: 1, text: 'We agreed to meet monthly', outcome: 'agreed', counts: counts(12, 0, 1, 0) } as DecisionLogEntry
    expect(logLine(entry)).toBe('1. We agreed to meet monthly — agreed, 12 consent, 1 stand aside')
    expect(logLine({ ...entry, seq: 4, outcome: 'not_agreed', counts: counts(1, 1, 0, 1) })).toBe(
      '4. We agreed to meet monthly — not agreed, 1 consent, 1 concern, 1 block',
    )
  })

  it('says how far quorum is', () => {
    const summary = (responded: number, quorumMet: boolean) =>
      ({ tally: { responded, coops: 5, needed: 3, quorumMet } }) as ProposalSummary
    expect(quorumText(summary(2, false))).toBe('2 of 5 coops responded · quorum needs 3')
    expect(quorumText(summary(3, true))).toBe('3 of 5 coops responded · quorum reached')
  })

  it('lists blocks before concerns and leaves the rest out', () => {
    const list = objections([stance('A', 'concern'), stance('B', 'consent'), stance('C', 'block'), stance('D', 'stand_aside')])
    expect(list.map((s) => s.coopName)).toEqual(['C', 'A'])
  })

  it('lets only someone with a coop take a stance, and says why not', () => {
    expect(stanceAbility(true, 'Cooperativa Súr')).toEqual({ kind: 'can', coopName: 'Cooperativa Súr', coopId: 'cooperativa-sur' })
    expect(stanceAbility(true, '  ')).toMatchObject({ kind: 'cannot', why: expect.stringMatching(/by coop/) })
    expect(stanceAbility(false, 'Sur')).toMatchObject({ kind: 'cannot', why: expect.stringMatching(/view-only/) })
  })

  it("finds a coop's stance", () => {
    expect(stanceOf([stance('A', 'block')], 'a')?.stance).toBe('block')
    expect(stanceOf([stance('A', 'block')], 'b')).toBeNull()
  })
})
