import { describe, expect, it } from 'vitest'
import { createMinutesContext } from '../export/context'
import { closeVote, placeDot, toggleReaction } from './actions'
import { reactionsDecoration, voteDotsDecoration, votesSection } from './minutes'
import { docWithVote } from './testing'

const info = { boardId: 'b', title: 'Board', at: 10_000 }

function votedDoc(results: 'live' | 'hidden') {
  const doc = docWithVote({ results, title: 'First things' })
  placeDot(doc, 'v1', { id: 'ana', coop: '' }, 'shape:n2', 1)
  placeDot(doc, 'v1', { id: 'ana', coop: '' }, 'shape:n3', 2)
  placeDot(doc, 'v1', { id: 'luis', coop: '' }, 'shape:n2', 3)
  return doc
}

describe('votes in the minutes', () => {
  it('lists a vote’s notes ranked, with their dots', () => {
    const doc = votedDoc('live')
    closeVote(doc, 'v1', 5000)
    expect(votesSection(createMinutesContext(doc, info))).toBe(
      [
        '## Votes',
        '',
        '### First things',
        '*Selection, 2 dots per person, 2 voters*',
        '',
        '- **1.** note 2 — 2 dots',
        '- **2.** note 3 — 1 dot',
        '- **3.** note 1 — 0 dots',
      ].join('\n'),
    )
  })

  it('keeps hidden results out until the vote closes', () => {
    const doc = votedDoc('hidden')
    const context = createMinutesContext(doc, info)
    expect(votesSection(context)).toBeNull()
    const note = context.notes.find((n) => n.id === 'shape:n2')
    if (!note) throw new Error('no note')
    expect(voteDotsDecoration(context, note)).toBeNull()
    closeVote(doc, 'v1', 5000)
    const closed = createMinutesContext(doc, info)
    expect(voteDotsDecoration(closed, note)).toBe('2 dots')
  })

  it('says which reactions a note has', () => {
    const doc = votedDoc('live')
    toggleReaction(doc, 'shape:n1', 'ana', 'love', 1)
    toggleReaction(doc, 'shape:n1', 'luis', 'agree', 2)
    toggleReaction(doc, 'shape:n1', 'ana', 'agree', 3)
    const context = createMinutesContext(doc, info)
    const note = context.notes.find((n) => n.id === 'shape:n1')
    if (!note) throw new Error('no note')
    expect(reactionsDecoration(context, note)).toBe('👍 2 · ❤️ 1')
  })
})
