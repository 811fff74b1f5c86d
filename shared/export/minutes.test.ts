/**
 * The minutes of a full assembly board: 31 coop corners, a breakout session with 3 groups, a
 * vote, decisions, an anonymous area, and notes with Markdown characters and non-Latin text.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardMinutes } from './minutes'
import { assemblyBoard, INFO, records, withAnonymousArea } from './testing'

describe('boardMinutes on a full assembly board', () => {
  const doc = withAnonymousArea(assemblyBoard())
  const text = boardMinutes(doc, INFO)

  it('has the sections in reading order', () => {
    const headings = text.split('\n').filter((line) => /^#{1,2} /.test(line))
    expect(headings).toEqual([
      '# Assembly 4 June',
      '## Decisions',
      '## Votes',
      '## Coop corners',
      expect.stringMatching(/^## Breakout groups · 4 June 2026 at 17:50 UTC$/),
      '## Other areas',
      '## Other notes',
    ])
  })

  it('lists who came, by coop, with the facilitator tagged', () => {
    expect(text).toContain('**Participants** (7 people from 5 coops)')
    expect(text).toContain('- **Coop 01:** Ana, Fer (facilitator)')
    expect(text).toContain('- **Coop 02:** Kenji, Mei')
  })

  it('logs the decision with its outcome, when it was decided, counts and each coop’s stance and reason', () => {
    expect(text).toContain(
      '1. **Not agreed:** We share one accounting platform\n   *Decided 4 June 2026 at 18:27 UTC · 1 consent, 1 concern, 1 block*',
    )
    expect(text).toContain('   - Coop 02 — concern: “Migration cost \\| unclear”')
    expect(text).toContain('   - Coop 03 — block: “We keep our own books”')
    // The proposal's card is reported as the decision, not again as a note.
    expect(text.match(/We share one accounting platform/g)).toHaveLength(1)
  })

  it('gives the corners with notes, escaped, and names the 28 corners without notes in one line', () => {
    expect(text).toContain('### Coop 01\n*1 note*\n\n- Shared \\*hosting\\* for \\[all\\] coops #infra — *Ana · Coop 01* · 3 dots')
    expect(text).toContain('- 協同組合の連携を強める — *Kenji · Coop 02* · 1 dot')
    expect(text).toContain('- Second line below\n  \\- not a list\n  1\\. not ordered — *Mei · Coop 02*')
    expect(text).toContain('Translation sprint @\u2060channel')
    const empty = /\*No notes in the corners of:\* (.*)/.exec(text)?.[1]?.split(', ') ?? []
    expect(empty).toHaveLength(28)
    expect(empty[0]).toBe('Coop 04')
  })

  it('gives each group with its topic, rapporteur, members and notes', () => {
    expect(text).toContain('*3 groups, 25 minutes, random balanced groups, still running*')
    expect(text).toContain('### Group 1: Housing')
    expect(text).toContain('### Group 3: Финансы')
    const group2 = text.slice(text.indexOf('### Group 2: Software commons'), text.indexOf('### Group 3'))
    expect(group2).toMatch(/\*\*Rapporteur:\*\* \w+ · Coop 0\d {2}\n\*\*Members:\*\* \w+ \(Coop 0\d\), \w+ \(Coop 0\d\)/)
    expect(group2).toContain('- Publish our libraries together — *Sol · Coop 04*')
    expect(text).toContain('- Общий фонд — *Luis · Coop 03*')
  })

  it('shows vote results ranked and reactions on the note', () => {
    expect(text).toMatch(
      /### What first\?\n\*Selection of 3 notes, 2 dots per person, 2 voters\*\n\n- \*\*1\.\*\* Shared \\\*hosting\\\* .* — 3 dots/,
    )
    expect(text).toContain('3 dots · 👍 1')
  })

  it('keeps notes of an anonymous area without an author', () => {
    expect(text).toContain('## Other areas\n\n### Worries\n*1 note, anonymous*\n\n- I am worried about the budget\n')
    expect(text).not.toContain('Tom · Coop 05')
  })

  it('ends with the notes outside every area', () => {
    expect(text.endsWith('## Other notes\n\n- Next assembly: 2 July, 16:00 UTC — *Sol · Coop 04*\n')).toBe(true)
  })

  it('is deterministic: the same board gives the same text, whatever order it was written in', () => {
    expect(boardMinutes(withAnonymousArea(assemblyBoard()), INFO)).toBe(text)
    const shuffled = new Y.Doc()
    const update = Y.encodeStateAsUpdate(doc)
    Y.applyUpdate(shuffled, update)
    expect(boardMinutes(shuffled, INFO)).toBe(text)
    expect(records(shuffled).length).toBe(records(doc).length)
  })
})
