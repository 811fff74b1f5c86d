import { describe, expect, it } from 'vitest'
import { rosterOf } from '../corners/testing'
import { countStances, hasBlock, pendingCoops, quorumBase, quorumNeeded, tallyProposal } from './tally'
import type { Stance, StanceKind } from './types'

function stance(coopName: string, kind: StanceKind, reason: string | null = null): Stance {
  const coopId = coopName.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return { proposalId: 'p1', coopId, coopName, stance: kind, reason, participantId: `id-${coopId}`, name: 'Ana', at: 1 }
}

const roster = rosterOf(['Norte', 'Sur', 'Este', 'Oeste'])

describe('counting stances', () => {
  it('counts each stance and zero for the rest', () => {
    expect(countStances([stance('Norte', 'consent'), stance('Sur', 'consent'), stance('Este', 'block')])).toEqual({
      consent: 2,
      concern: 0,
      stand_aside: 0,
      block: 1,
    })
  })

  it('sees a block only when there is one', () => {
    expect(hasBlock([stance('Norte', 'consent'), stance('Sur', 'concern')])).toBe(false)
    expect(hasBlock([stance('Norte', 'consent'), stance('Sur', 'block')])).toBe(true)
  })
})

describe('coops not yet responded', () => {
  it('lists roster coops without a stance, by name', () => {
    expect(pendingCoops(roster, [stance('Sur', 'consent')]).map((c) => c.name)).toEqual(['Este', 'Norte', 'Oeste'])
  })

  it('counts coops that responded without being on the roster in the quorum base', () => {
    expect(quorumBase(roster, [stance('Sur', 'consent'), stance('Kobe Code', 'consent')])).toBe(5)
  })
})

describe('quorum by coop', () => {
  it('needs the share of coops rounded up, at least one', () => {
    expect(quorumNeeded(4, 0.5)).toBe(2)
    expect(quorumNeeded(5, 0.5)).toBe(3)
    expect(quorumNeeded(5, 0.6)).toBe(3)
    expect(quorumNeeded(30, 2 / 3)).toBe(20)
    expect(quorumNeeded(0, 0.5)).toBe(1)
  })

  it('is met once enough coops responded, and not before', () => {
    const one = tallyProposal(roster, [stance('Sur', 'consent')], 0.5)
    expect(one).toMatchObject({ responded: 1, coops: 4, needed: 2, quorumMet: false, blocks: 0 })
    const two = tallyProposal(roster, [stance('Sur', 'consent'), stance('Norte', 'block', 'Too soon')], 0.5)
    expect(two).toMatchObject({ responded: 2, needed: 2, quorumMet: true, blocks: 1 })
    expect(two.pending.map((c) => c.id)).toEqual(['este', 'oeste'])
  })
})
