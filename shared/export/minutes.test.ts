/**
 * The minutes of a full assembly board: 31 coop corners, a breakout session with 3 groups, a
 * vote, decisions, an anonymous area, and notes with Markdown characters and non-Latin text.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordAttendance } from '../attendance/attendance'
import { setAreaAnonymous } from '../areas/anonymous'
import { asStoredRecord, recordsMap, type StoredRecord } from '../boardDoc'
import { readMembers, setRapporteur, startSession } from '../breakouts/session'
import { seededRandom } from '../breakouts/testing'
import { applyRosterPlan, readRoster } from '../corners/applyPlan'
import { planRosterImport } from '../corners/importPlan'
import { coopNames } from '../corners/testing'
import { closeProposal, openProposal, setStance } from '../decisions/write'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { closeVote, placeDot, startVote, toggleReaction } from '../voting/actions'
import { boardMinutes } from './minutes'

const AT = Date.UTC(2026, 5, 4, 18, 30)
const INFO = { boardId: 'b', title: 'Assembly 4 June', at: AT }
const ana = { id: 'p-ana', name: 'Ana', coop: 'Coop 01' }
const kenji = { id: 'p-kenji', name: 'Kenji', coop: 'Coop 02' }
const luis = { id: 'p-luis', name: 'Luis', coop: 'Coop 03' }
const mei = { id: 'p-mei', name: 'Mei', coop: 'Coop 02' }
const sol = { id: 'p-sol', name: 'Sol', coop: 'Coop 04' }
const tom = { id: 'p-tom', name: 'Tom', coop: 'Coop 05' }
const PEOPLE = [ana, kenji, luis, mei, sol, tom]

let noteCount = 0
function addNote(doc: Y.Doc, text: string, parentId: string, x: number, y: number, author: { id: string; name: string; coop: string } | null): string {
  noteCount++
  const id = `shape:note-${noteCount}`
  const index = `a${String.fromCharCode(65 + Math.floor(noteCount / 26))}${String.fromCharCode(97 + (noteCount % 26))}`
  recordsMap(doc).set(id, createNoteRecord({ id, x, y, index, text, parentId, ...(author ? { author } : {}) }))
  return id
}

function records(doc: Y.Doc): StoredRecord[] {
  return [...recordsMap(doc).values()].map(asStoredRecord).filter((record): record is StoredRecord => record !== null)
}

/** The whole assembly, written in the order a meeting would write it. */
function assemblyBoard(): Y.Doc {
  noteCount = 0
  const doc = new Y.Doc()
  doc.transact(() => {
    const plan = planRosterImport({ coops: [], records: [], rows: coopNames(31).map((name) => ({ name })), pageId: DEFAULT_PAGE_ID })
    applyRosterPlan(doc, plan, null)
    for (const person of PEOPLE) recordAttendance(doc, person, 'participant', AT - 3_600_000)
    recordAttendance(doc, { id: 'p-fer', name: 'Fer', coop: 'Coop 01' }, 'facilitator', AT - 60_000)
  })
  const corner = (name: string) => readRoster(doc).find((coop) => coop.name === name)?.cornerId ?? ''
  doc.transact(() => {
    addNote(doc, 'Shared *hosting* for [all] coops #infra', corner('Coop 01'), 20, 80, ana)
    addNote(doc, '協同組合の連携を強める', corner('Coop 02'), 20, 80, kenji)
    addNote(doc, 'Second line below\n- not a list\n1. not ordered', corner('Coop 02'), 260, 80, mei)
    addNote(doc, 'Translation sprint @channel', corner('Coop 03'), 20, 80, luis)
  })
  doc.transact(() => {
    startSession(doc, {
      groupNames: ['Housing', 'Software commons', 'Финансы'],
      durationMs: 25 * 60_000,
      assignment: 'random',
      spreadCoops: true,
      cap: null,
      people: PEOPLE,
      pageId: DEFAULT_PAGE_ID,
      now: AT - 40 * 60_000,
      random: seededRandom(7),
      sessionId: 'june',
    })
  })
  const session = 'june'
  const areaOf = (groupId: string) => `shape:breakout-${session}-${groupId}`
  doc.transact(() => {
    addNote(doc, 'Rent pool for co-working', areaOf('g1'), 40, 120, ana)
    addNote(doc, 'Publish our libraries together', areaOf('g2'), 40, 120, sol)
    addNote(doc, 'Общий фонд', areaOf('g3'), 40, 120, luis)
    const g2Members = readMembers(doc, session).filter((member) => member.groupId === 'g2')
    const chosen = g2Members[0]
    if (chosen) setRapporteur(doc, session, 'g2', chosen, AT - 20 * 60_000)
  })
  doc.transact(() => {
    const voteNotes = [...recordsMap(doc).keys()].filter((id) => id.startsWith('shape:note-')).slice(0, 3)
    startVote(doc, { id: 'v1', title: 'What first?', noteIds: voteNotes, dots: 2, per: 'person', results: 'live', scopeLabel: 'Selection', now: AT - 10 * 60_000 })
    const [first = '', second = ''] = voteNotes
    placeDot(doc, 'v1', ana, first, AT - 9 * 60_000)
    placeDot(doc, 'v1', ana, first, AT - 9 * 60_000)
    placeDot(doc, 'v1', kenji, first, AT - 9 * 60_000)
    placeDot(doc, 'v1', kenji, second, AT - 9 * 60_000)
    closeVote(doc, 'v1', AT - 8 * 60_000)
    toggleReaction(doc, first, luis.id, 'agree', AT - 8 * 60_000)
  })
  doc.transact(() => {
    addNote(doc, 'I am worried about the budget', 'shape:anon-frame', 20, 60, tom)
    addNote(doc, 'Next assembly: 2 July, 16:00 UTC', DEFAULT_PAGE_ID, 9000, 0, sol)
  })
  doc.transact(() => {
    const opened = openProposal(doc, { id: 'pr1', text: 'We share one accounting platform', openedBy: 'Fer · Coop 01', at: AT - 5 * 60_000, x: 4000, y: 0 })
    if (typeof opened === 'string') throw new Error(opened)
    for (const [person, stance, reason] of [
      [ana, 'consent', undefined],
      [kenji, 'concern', 'Migration cost | unclear'],
      [luis, 'block', 'We keep our own books'],
    ] as const) {
      const set = setStance(doc, { proposalId: 'pr1', coopName: person.coop, stance, ...(reason ? { reason } : {}), participantId: person.id, name: person.name, at: AT - 4 * 60_000 })
      if (typeof set === 'string') throw new Error(set)
    }
    const closed = closeProposal(doc, 'pr1', { outcome: 'not_agreed', at: AT - 3 * 60_000 })
    if (typeof closed === 'string') throw new Error(closed)
  })
  return doc
}

/** The anonymous area: a plain frame marked anonymous, holding Tom's note (added before the mark). */
function withAnonymousArea(doc: Y.Doc): Y.Doc {
  doc.transact(() => {
    recordsMap(doc).set('shape:anon-frame', {
      id: 'shape:anon-frame', typeName: 'shape', type: 'frame', x: 6000, y: 0, rotation: 0, index: 'a0V', parentId: DEFAULT_PAGE_ID,
      isLocked: false, opacity: 1, meta: {}, props: { w: 800, h: 600, name: 'Worries', color: 'black' },
    })
    setAreaAnonymous(doc, 'shape:anon-frame', true)
  })
  return doc
}

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
    expect(text).toContain('**Participants** (7 from 5 coops)')
    expect(text).toContain('- **Coop 01:** Ana, Fer (facilitator)')
    expect(text).toContain('- **Coop 02:** Kenji, Mei')
  })

  it('logs the decision with its outcome, counts and each coop’s stance and reason', () => {
    expect(text).toContain('1. **Not agreed:** We share one accounting platform\n   *1 consent, 1 concern, 1 block*')
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
    expect(text).toMatch(/### What first\?\n\*Selection, 2 dots per person, 2 voters\*\n\n- \*\*1\.\*\* Shared \\\*hosting\\\* .* — 3 dots/)
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
