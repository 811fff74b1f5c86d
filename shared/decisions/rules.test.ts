import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Role } from '../protocol'
import { proposalsMap, readProposalIn } from './read'
import {
  proposalChangeProblem,
  proposalValueProblem,
  stanceChangeProblem,
  stanceValueProblem,
  type DecisionChange,
  type EntrySlot,
} from './rules'
import { stanceKey, type Stance } from './types'
import { closeProposal, openProposal } from './write'

const absent: EntrySlot = { present: false }
const slot = (value: unknown): EntrySlot => ({ present: true, value })

function boardWith(status: 'open' | 'closed'): Y.Doc {
  const doc = new Y.Doc()
  openProposal(doc, { id: 'p', text: 'We meet monthly', openedBy: 'Fa', at: 10, x: 0, y: 0 })
  if (status === 'closed') closeProposal(doc, 'p', { outcome: 'agreed', at: 20 })
  return doc
}

const sur: Stance = {
  proposalId: 'p',
  coopId: 'cooperativa-sur',
  coopName: 'Cooperativa Sur',
  stance: 'concern',
  reason: 'Costs',
  participantId: 'ana',
  name: 'Ana',
  at: 5,
}

function change(doc: Y.Doc, before: EntrySlot, after: EntrySlot, role: Role = Role.participant, ids: string[] = ['ana']): DecisionChange {
  return { doc, key: stanceKey('p', 'cooperativa-sur'), before, after, role, writer: { participantIds: new Set(ids) } }
}

describe('stance values', () => {
  it('accepts a stance under its proposal and coop', () => {
    expect(stanceValueProblem('p/cooperativa-sur', sur)).toBeNull()
  })

  it('refuses a wrong key, a coop id not derived from the name, a bad stance or an overlong reason', () => {
    expect(stanceValueProblem('p/norte', sur)).toMatch(/stored under/)
    expect(stanceValueProblem('p/other', { ...sur, coopId: 'other' })).toMatch(/derives/)
    expect(stanceValueProblem('p/cooperativa-sur', { ...sur, stance: 'veto' })).toMatch(/not a valid/)
    expect(stanceValueProblem('p/cooperativa-sur', { ...sur, reason: 'x'.repeat(501) })).toMatch(/not a valid/)
  })
})

describe('stance changes', () => {
  it('lets a participant take a stance in their own name on an open proposal', () => {
    expect(stanceChangeProblem(change(boardWith('open'), absent, slot(sur)))).toBeNull()
  })

  it("refuses a stance in another participant's name", () => {
    expect(stanceChangeProblem(change(boardWith('open'), absent, slot(sur), Role.participant, ['luis']))).toMatch(/own name/)
    expect(stanceChangeProblem(change(boardWith('open'), absent, slot(sur), Role.facilitator, []))).toMatch(/own name/)
  })

  it('refuses stances on closed or missing proposals', () => {
    expect(stanceChangeProblem(change(boardWith('closed'), absent, slot(sur)))).toMatch(/closed/)
    expect(stanceChangeProblem(change(new Y.Doc(), absent, slot(sur)))).toBe('no such proposal')
  })

  it('lets only facilitators clear a stance, and only while the proposal is open', () => {
    expect(stanceChangeProblem(change(boardWith('open'), slot(sur), absent))).toMatch(/only facilitators/)
    expect(stanceChangeProblem(change(boardWith('open'), slot(sur), absent, Role.facilitator))).toBeNull()
    expect(stanceChangeProblem(change(boardWith('closed'), slot(sur), absent, Role.facilitator))).toMatch(/closed/)
  })

  it('accepts a stance written back unchanged', () => {
    expect(stanceChangeProblem(change(boardWith('closed'), slot(sur), slot({ ...sur }), Role.participant, []))).toBeNull()
  })
})

describe('proposals', () => {
  it('accepts a proposal under its id with its derived card', () => {
    const doc = boardWith('open')
    expect(proposalValueProblem('p', proposalsMap(doc).get('p'))).toBeNull()
    expect(proposalValueProblem('q', proposalsMap(doc).get('p'))).toMatch(/own id/)
    const proposal = readProposalIn(doc, 'p')
    expect(proposalValueProblem('p', { ...proposal, shapeId: 'shape:elsewhere' })).toMatch(/card id/)
    expect(proposalValueProblem('p', { ...proposal, status: 'amended' })).toMatch(/not a valid/)
  })

  it('keeps a closed proposal final', () => {
    const doc = boardWith('closed')
    const closed = proposalsMap(doc).get('p')
    const input = (after: EntrySlot): DecisionChange => ({
      doc,
      key: 'p',
      before: slot(closed),
      after,
      role: Role.facilitator,
      writer: { participantIds: new Set() },
    })
    expect(proposalChangeProblem(input(slot({ ...(closed as object), status: 'open', closedAt: null })))).toMatch(/cannot change/)
    expect(proposalChangeProblem(input(absent))).toMatch(/decision log/)
    expect(proposalChangeProblem(input(slot({ ...(closed as object) })))).toBeNull()
    const open = proposalsMap(boardWith('open')).get('p')
    expect(proposalChangeProblem({ ...input(slot(closed)), before: slot(open) })).toBeNull()
  })
})
