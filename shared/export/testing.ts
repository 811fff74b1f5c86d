/**
 * A full assembly board for the minutes' tests: 31 coop corners, a breakout session with 3
 * groups, a vote, a decision, an anonymous area, and notes with Markdown characters and
 * non-Latin text, written in the order a meeting would write it.
 */
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

/** When the minutes are taken. */
export const AT = Date.UTC(2026, 5, 4, 18, 30)
/** The export's facts, in English and UTC. */
export const INFO = { boardId: 'b', title: 'Assembly 4 June', at: AT }
const ana = { id: 'p-ana', name: 'Ana', coop: 'Coop 01' }
const kenji = { id: 'p-kenji', name: 'Kenji', coop: 'Coop 02' }
const luis = { id: 'p-luis', name: 'Luis', coop: 'Coop 03' }
const mei = { id: 'p-mei', name: 'Mei', coop: 'Coop 02' }
const sol = { id: 'p-sol', name: 'Sol', coop: 'Coop 04' }
const tom = { id: 'p-tom', name: 'Tom', coop: 'Coop 05' }
const PEOPLE = [ana, kenji, luis, mei, sol, tom]

let noteCount = 0
function addNote(
  doc: Y.Doc,
  text: string,
  parentId: string,
  x: number,
  y: number,
  author: { id: string; name: string; coop: string } | null,
): string {
  noteCount++
  const id = `shape:note-${noteCount}`
  const index = `a${String.fromCharCode(65 + Math.floor(noteCount / 26))}${String.fromCharCode(97 + (noteCount % 26))}`
  recordsMap(doc).set(id, createNoteRecord({ id, x, y, index, text, parentId, ...(author ? { author } : {}) }))
  return id
}

/** The records of `doc` as plain JSON. */
export function records(doc: Y.Doc): StoredRecord[] {
  return [...recordsMap(doc).values()].map(asStoredRecord).filter((record): record is StoredRecord => record !== null)
}

/** The whole assembly, written in the order a meeting would write it. */
export function assemblyBoard(): Y.Doc {
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
    startVote(doc, {
      id: 'v1',
      title: 'What first?',
      noteIds: voteNotes,
      dots: 2,
      per: 'person',
      results: 'live',
      scope: { kind: 'selection' },
      now: AT - 10 * 60_000,
    })
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
    const opened = openProposal(doc, {
      id: 'pr1',
      text: 'We share one accounting platform',
      openedBy: 'Fer · Coop 01',
      at: AT - 5 * 60_000,
      x: 4000,
      y: 0,
    })
    if (typeof opened === 'string') throw new Error(opened)
    for (const [person, stance, reason] of [
      [ana, 'consent', undefined],
      [kenji, 'concern', 'Migration cost | unclear'],
      [luis, 'block', 'We keep our own books'],
    ] as const) {
      const set = setStance(doc, {
        proposalId: 'pr1',
        coopName: person.coop,
        stance,
        ...(reason ? { reason } : {}),
        participantId: person.id,
        name: person.name,
        at: AT - 4 * 60_000,
      })
      if (typeof set === 'string') throw new Error(set)
    }
    const closed = closeProposal(doc, 'pr1', { outcome: 'not_agreed', at: AT - 3 * 60_000 })
    if (typeof closed === 'string') throw new Error(closed)
  })
  return doc
}

/** The anonymous area: a plain frame marked anonymous, holding Tom's note (added before the mark). */
export function withAnonymousArea(doc: Y.Doc): Y.Doc {
  doc.transact(() => {
    recordsMap(doc).set('shape:anon-frame', {
      id: 'shape:anon-frame',
      typeName: 'shape',
      type: 'frame',
      x: 6000,
      y: 0,
      rotation: 0,
      index: 'a0V',
      parentId: DEFAULT_PAGE_ID,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: { w: 800, h: 600, name: 'Worries', color: 'black' },
    })
    setAreaAnonymous(doc, 'shape:anon-frame', true)
  })
  return doc
}
