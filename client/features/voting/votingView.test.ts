import { describe, expect, it } from 'vitest'
import { testTranslator } from '../../i18n/testing'
import type { PlacedDot } from '../../../shared/voting/read'
import type { Vote } from '../../../shared/voting/types'
import {
  describeVote,
  dotsLeftText,
  noteVoteView,
  progressText,
  scopeText,
  shownVote,
  voteNoteRows,
  voteProgress,
  type VotingState,
} from './votingView'

const base: Vote = {
  id: 'v1',
  title: 'T',
  noteIds: ['shape:a', 'shape:b'],
  dots: 2,
  per: 'person',
  results: 'live',
  status: 'open',
  openedAt: 1,
  closedAt: null,
  scope: { kind: 'selection' },
}
const dot = (voterKey: string, slot: number, noteId: string, voteId = 'v1'): PlacedDot => ({
  voteId,
  voterKey,
  participantId: voterKey,
  noteId,
  at: 1,
  slot,
})
const ana = { id: 'ana', coop: 'Sur' }
const t = testTranslator('en')
const es = testTranslator('es')

describe('scopeText', () => {
  it('words where the notes came from in the reader’s language', () => {
    expect(scopeText(t, base)).toBe('Selection of 2 notes')
    expect(scopeText(es, base)).toBe('Selección de 2 notas')
    const corner = { ...base, scope: { kind: 'corner' as const, frameId: 'shape:c', name: 'Spółdzielnia Łódź' } }
    expect(scopeText(es, corner)).toBe('Rincón: Spółdzielnia Łódź')
    expect(scopeText(t, { ...base, scope: { kind: 'frame', frameId: 'shape:f', name: '' } })).toBe('Frame: Untitled frame')
  })

  it('shows an older vote’s stored label as it is', () => {
    const { scope: _scope, ...old } = base
    expect(scopeText(es, { ...old, scopeLabel: 'Corner: Cooperativa Sur' })).toBe('Corner: Cooperativa Sur')
  })
})

describe('shownVote', () => {
  it('shows the open vote, else the one closed last', () => {
    const older = { ...base, id: 'old', status: 'closed' as const, closedAt: 5 }
    const newer = { ...base, id: 'new', status: 'closed' as const, closedAt: 9 }
    expect(shownVote([older, newer])?.id).toBe('new')
    expect(shownVote([older, base, newer])?.id).toBe('v1')
    expect(shownVote([])).toBeNull()
  })
})

describe('noteVoteView', () => {
  const state: VotingState = {
    votes: [base],
    dots: [dot('ana', 0, 'shape:a'), dot('luis', 0, 'shape:a'), dot('ana', 1, 'shape:b')],
    reactions: [],
  }

  it('shows the tally, my dots and whether I may add one', () => {
    expect(noteVoteView(state, 'shape:a', ana, true)).toEqual({ vote: base, tally: 2, mine: 1, canAdd: false })
    expect(noteVoteView(state, 'shape:a', { id: 'luis', coop: '' }, true)).toMatchObject({ mine: 1, canAdd: true })
    expect(noteVoteView(state, 'shape:z', ana, true)).toBeNull()
  })

  it('hides tallies of a hidden vote until it closes, and lets viewers add nothing', () => {
    const hidden = { ...state, votes: [{ ...base, results: 'hidden' as const }] }
    expect(noteVoteView(hidden, 'shape:a', ana, true)?.tally).toBeNull()
    const closed = { ...state, votes: [{ ...base, results: 'hidden' as const, status: 'closed' as const, closedAt: 3 }] }
    expect(noteVoteView(closed, 'shape:a', { id: 'luis', coop: '' }, true)).toMatchObject({ tally: 2, canAdd: false })
    expect(noteVoteView(state, 'shape:a', { id: 'eva', coop: '' }, false)).toMatchObject({ mine: 0, canAdd: false })
  })
})

describe('texts', () => {
  it('says how many dots are left', () => {
    expect(dotsLeftText(t, 2, 2)).toBe('2 of 2 dots left')
    expect(dotsLeftText(t, 1, 1)).toBe('1 of 1 dot left')
    expect(dotsLeftText(t, 0, 2)).toBe('No dots left')
  })

  it('counts voters present, per person or per coop', () => {
    const people = [ana, { id: 'luis', coop: 'Sur' }, { id: 'eva', coop: 'Norte' }]
    expect(progressText(t, voteProgress(base, [dot('ana', 0, 'shape:a')], people))).toBe('1 of 3 people present have voted')
    const perCoop = { ...base, per: 'coop' as const }
    expect(progressText(t, voteProgress(perCoop, [dot('sur', 0, 'shape:a')], people))).toBe('1 of 2 coops present have voted')
    expect(progressText(es, voteProgress(perCoop, [dot('sur', 0, 'shape:a')], people))).toBe('Votaron 1 de 2 cooperativas presentes')
  })

  it('describes how a vote counts, in the viewer’s language', () => {
    expect(describeVote(t, base)).toBe('2 dots per person · results live')
    expect(describeVote(t, { dots: 1, per: 'coop', results: 'hidden' })).toBe('1 dot per coop · results hidden until closed')
    expect(describeVote(es, { dots: 1, per: 'coop', results: 'hidden' })).toBe(
      '1 punto por cooperativa · resultados ocultos hasta el cierre',
    )
    expect(dotsLeftText(es, 1, 3)).toBe('Puntos que te quedan: 1 de 3')
  })
})

describe('voteNoteRows', () => {
  const dots = [dot('ana', 0, 'shape:b'), dot('luis', 0, 'shape:b'), dot('ana', 1, 'shape:a')]
  const texts = new Map([
    ['shape:a', 'Alpha'],
    ['shape:b', 'Beta'],
  ])

  it('ranks notes by dots when results are live, with my dots', () => {
    expect(voteNoteRows(base, dots, texts, 'ana')).toEqual([
      { noteId: 'shape:b', text: 'Beta', dots: 2, rank: 1, mine: 1 },
      { noteId: 'shape:a', text: 'Alpha', dots: 1, rank: 2, mine: 1 },
    ])
  })

  it('keeps the vote’s order and reveals no counts while results are hidden', () => {
    const hidden = { ...base, results: 'hidden' as const }
    expect(voteNoteRows(hidden, dots, texts, 'luis').map((r) => [r.noteId, r.dots, r.mine])).toEqual([
      ['shape:a', 0, 0],
      ['shape:b', 0, 1],
    ])
  })
})
