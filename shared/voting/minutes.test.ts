import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { createMinutesContext } from '../export/context'
import { minutesTranslator } from '../export/translate'
import { DOC_FEATURES } from '../features'
import { closeVote, placeDot, toggleReaction } from './actions'
import { reactionsDecoration, voteDotsDecoration, votesSection } from './minutes'
import { docWithVote } from './testing'
import { VOTES_MAP } from './types'

const info = { boardId: 'b', title: 'Board', at: 10_000 }

function contextOf(doc: Y.Doc, language = 'en') {
  return createMinutesContext(doc, { ...info, language }, minutesTranslator(language, DOC_FEATURES))
}

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
    expect(votesSection(contextOf(doc))).toBe(
      [
        '## Votes',
        '',
        '### First things',
        '*Selection of 3 notes, 2 dots per person, 2 voters*',
        '',
        '- **1.** note 2 — 2 dots',
        '- **2.** note 3 — 1 dot',
        '- **3.** note 1 — 0 dots',
      ].join('\n'),
    )
  })

  it('keeps hidden results out until the vote closes', () => {
    const doc = votedDoc('hidden')
    const context = contextOf(doc)
    expect(votesSection(context)).toBeNull()
    const note = context.notes.find((n) => n.id === 'shape:n2')
    if (!note) throw new Error('no note')
    expect(voteDotsDecoration(context, note)).toBeNull()
    closeVote(doc, 'v1', 5000)
    const closed = contextOf(doc)
    expect(voteDotsDecoration(closed, note)).toBe('2 dots')
  })

  it('says which reactions a note has', () => {
    const doc = votedDoc('live')
    toggleReaction(doc, 'shape:n1', 'ana', 'love', 1)
    toggleReaction(doc, 'shape:n1', 'luis', 'agree', 2)
    toggleReaction(doc, 'shape:n1', 'ana', 'agree', 3)
    const context = contextOf(doc)
    const note = context.notes.find((n) => n.id === 'shape:n1')
    if (!note) throw new Error('no note')
    expect(reactionsDecoration(context, note)).toBe('👍 2 · ❤️ 1')
  })

  it('words the vote in the reader’s language, a frame’s scope by its kind and name', () => {
    const doc = docWithVote({
      results: 'live',
      title: 'Prioridades',
      per: 'coop',
      scope: { kind: 'corner', frameId: 'shape:c', name: 'Spółdzielnia Łódź' },
    })
    placeDot(doc, 'v1', { id: 'ana', coop: 'Spółdzielnia Łódź' }, 'shape:n1', 1)
    expect(votesSection(contextOf(doc, 'es'))).toBe(
      [
        '## Votaciones',
        '',
        '### Prioridades',
        '*Rincón: Spółdzielnia Łódź, 2 puntos por cooperativa, 1 cooperativa votó, todavía abierta*',
        '',
        '- **1.** note 1 — 1 punto',
        '- **2.** note 2 — 0 puntos',
        '- **2.** note 3 — 0 puntos',
      ].join('\n'),
    )
    expect(votesSection(contextOf(doc, 'en'))).toContain('*Corner: Spółdzielnia Łódź, 2 dots per coop, 1 coop, still open*')
  })

  it('shows the label an older vote stored, as it is', () => {
    const doc = docWithVote({ results: 'live' })
    const votes = doc.getMap<unknown>(VOTES_MAP)
    const { scope: _scope, ...stored } = votes.get('v1') as Record<string, unknown>
    votes.set('v1', { ...stored, scopeLabel: 'Corner: Cooperativa Sur' })
    expect(votesSection(contextOf(doc, 'es'))).toContain(
      '*Corner: Cooperativa Sur, 2 puntos por persona, 0 personas votaron, todavía abierta*',
    )
  })
})
