import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { closeProposal, openProposal, setStance, type ClosingInput } from '../decisions/write'
import type { DecisionEntry } from './api'
import { compareDecisions, decisionEntriesOf, filterDecisions, isDecisionOutcome, registerMarkdown } from './register'

const MEETING = { boardId: 'b-november', title: 'Asamblea de noviembre', startsAt: '2026-11-05T17:00:00.000Z' }

function decide(
  doc: Y.Doc,
  id: string,
  text: string,
  closing: ClosingInput,
  stances: [string, string, 'consent' | 'block', string?][] = [],
) {
  const opened = openProposal(doc, { id, text, openedBy: 'Ana · Cooperativa Sur', at: closing.at - 1000, x: 0, y: 0 })
  if (typeof opened === 'string') throw new Error(opened)
  for (const [coopName, name, stance, reason] of stances) {
    const set = setStance(doc, { proposalId: id, coopName, stance, participantId: `p-${name}`, name, at: closing.at - 500, reason })
    if (typeof set === 'string') throw new Error(set)
  }
  const closed = closeProposal(doc, id, closing)
  if (typeof closed === 'string') throw new Error(closed)
}

describe('decisionEntriesOf', () => {
  it('lists closed proposals with their stances per coop and the amended text, but no person and no open proposal', () => {
    const doc = new Y.Doc()
    decide(
      doc,
      'p1',
      'Adoptar la licencia AGPL para el código común',
      { outcome: 'amended', amendedText: 'Adoptar la AGPL-3.0', at: 2_000_000 },
      [
        ['Spółdzielnia Kodu', 'Łucja Wąsowska', 'consent'],
        ['神戸コード協同組合', '山田花子', 'block', 'Necesitamos más tiempo'],
      ],
    )
    decide(doc, 'p2', 'Cuota anual de 100 €', { outcome: 'not_agreed', note: 'Volver a tratar en marzo', at: 3_000_000 })
    const open = openProposal(doc, { id: 'p3', text: 'Still open', openedBy: 'Ana', at: 4_000_000, x: 0, y: 0 })
    expect(typeof open).toBe('object')

    const entries = decisionEntriesOf(doc, MEETING)
    expect(entries.map((entry) => [entry.seq, entry.outcome])).toEqual([
      [1, 'amended'],
      [2, 'not_agreed'],
    ])
    expect(entries[0]).toMatchObject({
      meetingBoardId: 'b-november',
      meetingTitle: 'Asamblea de noviembre',
      meetingDate: '2026-11-05T17:00:00.000Z',
      text: 'Adoptar la licencia AGPL para el código común',
      amendedText: 'Adoptar la AGPL-3.0',
      closedAt: 2_000_000,
      outcomeNote: null,
    })
    expect(entries[0]?.stances).toEqual([
      { coopId: 'społdzielnia-kodu', coopName: 'Spółdzielnia Kodu', stance: 'consent', reason: null },
      { coopId: '神戸コード協同組合', coopName: '神戸コード協同組合', stance: 'block', reason: 'Necesitamos más tiempo' },
    ])
    expect(entries[1]).toMatchObject({ amendedText: null, outcomeNote: 'Volver a tratar en marzo' })
    expect(JSON.stringify(entries)).not.toContain('Łucja')
    expect(JSON.stringify(entries)).not.toContain('山田')
  })
})

function entry(overrides: Partial<DecisionEntry>): DecisionEntry {
  return {
    meetingBoardId: 'b1',
    meetingTitle: 'Assembly',
    meetingDate: '2026-10-01T17:00:00.000Z',
    proposalId: 'p1',
    seq: 1,
    text: 'Text',
    amendedText: null,
    outcome: 'agreed',
    closedAt: 1_000,
    outcomeNote: null,
    stances: [],
    ...overrides,
  }
}

describe('compareDecisions', () => {
  it('puts the latest meeting first, and its latest decision first', () => {
    const entries = [
      entry({ meetingBoardId: 'oct', seq: 1 }),
      entry({ meetingBoardId: 'dec', meetingDate: '2026-12-03T17:00:00.000Z', seq: 1 }),
      entry({ meetingBoardId: 'dec', meetingDate: '2026-12-03T17:00:00.000Z', seq: 2 }),
      entry({ meetingBoardId: 'oct', seq: 2 }),
    ]
    expect(entries.sort(compareDecisions).map((e) => `${e.meetingBoardId}${e.seq}`)).toEqual(['dec2', 'dec1', 'oct2', 'oct1'])
  })
})

describe('filterDecisions', () => {
  const entries = [
    entry({ proposalId: 'a', text: 'Spółdzielnia hosts the shared Matrix server', outcome: 'agreed' }),
    entry({ proposalId: 'b', text: 'Fee of 100 €', amendedText: 'Fee of 80 € for small coops', outcome: 'amended' }),
    entry({ proposalId: 'c', text: 'Κοινή υποδομή για όλους', outcome: 'not_agreed', outcomeNote: 'Revisit with the Αθήνα working group' }),
    entry({ proposalId: 'd', text: '共同のサーバーを借りる', meetingTitle: 'Asamblea de diciembre' }),
  ]
  const ids = (q: string, outcome: DecisionEntry['outcome'] | null = null) =>
    filterDecisions(entries, { q, outcome }).map((e) => e.proposalId)

  it('keeps everything with no words and no outcome', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd'])
    expect(ids('   ')).toEqual(['a', 'b', 'c', 'd'])
  })

  it('matches every word, folded, in the text, the amended text, the note and the meeting title', () => {
    expect(ids('SPOLDZIELNIA matrix')).toEqual(['a'])
    expect(ids('small coops')).toEqual(['b'])
    expect(ids('αθηνα')).toEqual(['c'])
    expect(ids('υποδομη')).toEqual(['c'])
    expect(ids('サーバー')).toEqual(['d'])
    expect(ids('diciembre')).toEqual(['d'])
    expect(ids('matrix fee')).toEqual([])
  })

  it('filters by outcome, with or without words', () => {
    expect(ids('', 'amended')).toEqual(['b'])
    expect(ids('fee', 'agreed')).toEqual([])
    expect(ids('', 'agreed')).toEqual(['a', 'd'])
  })

  it('knows the outcomes', () => {
    expect(isDecisionOutcome('not_agreed')).toBe(true)
    expect(isDecisionOutcome('open')).toBe(false)
  })
})

describe('registerMarkdown', () => {
  const about = { communityName: 'Red de Cooperativas #tech', query: { q: '', outcome: null }, at: Date.UTC(2026, 11, 8, 12) }

  it('writes each meeting newest first, its decisions in log order, with outcome, stances and amendments', () => {
    const dec = { meetingBoardId: 'dec', meetingTitle: 'Asamblea de diciembre', meetingDate: '2026-12-03T17:00:00.000Z' }
    const text = registerMarkdown(
      [
        entry({
          ...dec,
          seq: 2,
          proposalId: 'x2',
          text: 'Fee of 100 €',
          amendedText: 'Fee of 80 €',
          outcome: 'amended',
          closedAt: Date.UTC(2026, 11, 3, 18),
        }),
        entry({
          ...dec,
          seq: 1,
          proposalId: 'x1',
          text: 'Host Matrix',
          stances: [
            { coopId: 'sur', coopName: 'Cooperativa Sur', stance: 'consent', reason: null },
            { coopId: 'kobe', coopName: '神戸コード協同組合', stance: 'stand_aside', reason: 'No time' },
          ],
        }),
        entry({ meetingBoardId: 'nov', meetingTitle: 'Asamblea de noviembre', seq: 1, outcome: 'not_agreed', outcomeNote: 'Later' }),
      ],
      about,
    )
    expect(text.startsWith('# Decision register: Red de Cooperativas #tech\n\n*3 decisions, as of 8 December 2026')).toBe(true)
    const order = ['## Asamblea de diciembre (3 December 2026', '### 1. Agreed\n\nHost Matrix', '### 2. Agreed as amended\n\nFee of 80 €']
    const positions = order.map((part) => text.indexOf(part))
    expect(positions.every((at) => at >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text.indexOf('## Asamblea de noviembre')).toBeGreaterThan(positions[2] ?? Infinity)
    expect(text).toContain('*As proposed:* Fee of 100 €')
    expect(text).toContain('- Cooperativa Sur — consent\n- 神戸コード協同組合 — stand aside: “No time”')
    expect(text).toContain('### 1. Not agreed')
    expect(text).toContain('*Note:* Later')
  })

  it('escapes what people wrote: tables, headings, HTML, in every script', () => {
    const text = registerMarkdown(
      [
        entry({
          meetingTitle: 'Συνέλευση | <b>ζ</b>',
          text: '# Heading?\n| a | b |\n<script>alert(1)</script> 协作 Ωμέγα',
          stances: [{ coopId: 'x', coopName: 'Coop | <i>', stance: 'block', reason: '## no' }],
        }),
      ],
      { ...about, query: { q: 'Ωμέγα', outcome: 'agreed' } },
    )
    expect(text).toContain('## Συνέλευση \\| \\<b\\>ζ\\</b\\>')
    expect(text).toContain('\\# Heading?\n\\| a \\| b \\|\n\\<script\\>alert(1)\\</script\\> 协作 Ωμέγα')
    expect(text).toContain('- Coop \\| \\<i\\> — block: “\\## no”')
    expect(text).toContain('*Decisions matching “Ωμέγα”, outcome: agreed.*')
    expect(text).not.toContain('<script>')
    expect(text).not.toMatch(/^# Heading/m)
  })

  it('says when there is nothing to list', () => {
    expect(registerMarkdown([], about)).toContain('*0 decisions, as of')
    expect(registerMarkdown([], about)).toContain('*No decision yet.*')
  })
})
