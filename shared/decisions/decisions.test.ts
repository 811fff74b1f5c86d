import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { applyRosterPlan } from '../corners/applyPlan'
import { planRosterImport } from '../corners/importPlan'
import { cardGrowY, cardIdFor, isProposalCard, proposalIdOfCard } from './card'
import { decisionLog, nextSeq } from './log'
import { readProposals, readStances, stancesMap } from './read'
import { clearStance, closeProposal, openProposal, setStance } from './write'
import type { Proposal } from './types'

function board(): Y.Doc {
  const doc = new Y.Doc()
  const plan = planRosterImport({
    coops: [],
    records: [],
    rows: [{ name: 'Norte' }, { name: 'Sur' }, { name: 'Este' }],
    pageId: 'page:page',
  })
  applyRosterPlan(doc, plan, 'test')
  return doc
}

function open(doc: Y.Doc, id: string, text = `Proposal ${id}`, at = 100): Proposal {
  const proposal = openProposal(doc, { id, text, openedBy: 'Fa · Facilitation', at, x: 10, y: 20 })
  if (typeof proposal === 'string') throw new Error(proposal)
  return proposal
}

function take(doc: Y.Doc, proposalId: string, coopName: string, stance: 'consent' | 'concern' | 'stand_aside' | 'block', reason?: string) {
  return setStance(doc, { proposalId, coopName, stance, reason, participantId: `p-${coopName}`, name: 'Ana', at: 200 })
}

describe('opening a proposal', () => {
  it('writes the proposal and its card in one transaction, numbered in order', () => {
    const doc = board()
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const first = open(doc, 'one')
    expect(transactions).toBe(1)
    expect(first).toMatchObject({ seq: 1, status: 'open', shapeId: cardIdFor('one'), quorum: 0.5 })
    const card = recordsMap(doc).get(cardIdFor('one'))
    expect(proposalIdOfCard(card)).toBe('one')
    expect(() => createTLSchema().types.shape.validate(card)).not.toThrow()
    expect(open(doc, 'two').seq).toBe(2)
    expect(nextSeq(doc)).toBe(3)
  })

  it('puts the card above every other shape', () => {
    const doc = board()
    open(doc, 'one')
    const card = recordsMap(doc).get(cardIdFor('one')) as { index: string }
    recordsMap(doc).forEach((record, id) => {
      if (id !== cardIdFor('one')) expect((record as { index: string }).index < card.index).toBe(true)
    })
  })

  it('refuses a blank proposal and a taken id', () => {
    const doc = board()
    expect(openProposal(doc, { id: 'x', text: '   ', openedBy: 'Fa', at: 1, x: 0, y: 0 })).toBe('Write the proposal first.')
    open(doc, 'x')
    expect(openProposal(doc, { id: 'x', text: 'Again', openedBy: 'Fa', at: 1, x: 0, y: 0 })).toBe('That proposal already exists.')
  })

  it('draws the card text at full size and grows the card to hold a long proposal', () => {
    const doc = board()
    open(doc, 'short', 'Short')
    open(doc, 'long', 'We share one accounting platform across all member coops from January, with training for every bookkeeper')
    const props = (id: string) => (recordsMap(doc).get(cardIdFor(id)) as { props: { fontSizeAdjustment: number; growY: number } }).props
    expect(props('short')).toMatchObject({ fontSizeAdjustment: 1, growY: 0 })
    expect(props('long').growY).toBeGreaterThan(0)
    expect(cardGrowY('a\nb\nc')).toBe(0)
  })

  it('knows cards from other shapes', () => {
    expect(isProposalCard({ typeName: 'shape', meta: { proposalId: 'p' } })).toBe(true)
    expect(isProposalCard({ typeName: 'shape', meta: { coopId: 'p' } })).toBe(false)
    expect(isProposalCard(null)).toBe(false)
  })
})

describe('stances', () => {
  it('keeps one stance per coop: the latest wins', () => {
    const doc = board()
    open(doc, 'p')
    take(doc, 'p', 'Sur', 'consent')
    setStance(doc, {
      proposalId: 'p',
      coopName: 'sur',
      stance: 'block',
      reason: '  Not yet  ',
      participantId: 'other',
      name: 'Luis',
      at: 300,
    })
    const stances = readStances(doc, 'p')
    expect(stances).toHaveLength(1)
    expect(stances[0]).toMatchObject({ coopId: 'sur', stance: 'block', reason: 'Not yet', name: 'Luis' })
  })

  it('needs a coop and an open proposal', () => {
    const doc = board()
    open(doc, 'p')
    expect(take(doc, 'p', '  ', 'consent')).toMatch(/Name your coop/)
    expect(take(doc, 'missing', 'Sur', 'consent')).toMatch(/no longer exists/)
    closeProposal(doc, 'p', { outcome: 'agreed', at: 500 })
    expect(take(doc, 'p', 'Sur', 'consent')).toBe('This proposal is closed.')
  })

  it('clears a stance', () => {
    const doc = board()
    open(doc, 'p')
    take(doc, 'p', 'Sur', 'consent')
    expect(clearStance(doc, 'p', 'sur')).toBe(true)
    expect(clearStance(doc, 'p', 'sur')).toBe(false)
    expect(stancesMap(doc).size).toBe(0)
  })
})

describe('closing and the decision log', () => {
  it('closes once, with the amended text when amended, and updates the card', () => {
    const doc = board()
    open(doc, 'p', 'We buy a van')
    expect(closeProposal(doc, 'p', { outcome: 'amended', amendedText: '  ', at: 400 })).toBe('Write the amended text.')
    const closed = closeProposal(doc, 'p', { outcome: 'amended', amendedText: 'We rent a van', at: 400 })
    expect(closed).toMatchObject({ status: 'amended', amendedText: 'We rent a van', closedAt: 400 })
    expect(closeProposal(doc, 'p', { outcome: 'agreed', at: 500 })).toBe('This proposal is already closed.')
    const card = recordsMap(doc).get(cardIdFor('p')) as { props: { color: string; richText: unknown } }
    expect(card.props.color).toBe('light-green')
    expect(JSON.stringify(card.props.richText)).toContain('We rent a van')
  })

  it('lists closed proposals in order with outcome and stances by coop', () => {
    const doc = board()
    open(doc, 'a', 'First')
    open(doc, 'b', 'Second')
    open(doc, 'c', 'Third')
    take(doc, 'a', 'Sur', 'consent')
    take(doc, 'a', 'Norte', 'stand_aside', 'Abstain')
    take(doc, 'c', 'Este', 'block', 'Against our principles')
    closeProposal(doc, 'c', { outcome: 'not_agreed', at: 600 })
    closeProposal(doc, 'a', { outcome: 'agreed', note: 'Unanimous', at: 700 })
    const log = decisionLog(doc)
    expect(log.map((entry) => [entry.seq, entry.text, entry.outcome])).toEqual([
      [1, 'First', 'agreed'],
      [3, 'Third', 'not_agreed'],
    ])
    expect(log[0]).toMatchObject({ outcomeNote: 'Unanimous', counts: { consent: 1, concern: 0, stand_aside: 1, block: 0 } })
    expect(log[0]?.stances.map((s) => [s.coopName, s.stance, s.reason])).toEqual([
      ['Norte', 'stand_aside', 'Abstain'],
      ['Sur', 'consent', null],
    ])
    expect(log[1]?.counts.block).toBe(1)
    expect(readProposals(doc).map((p) => p.status)).toEqual(['agreed', 'open', 'not_agreed'])
  })
})
