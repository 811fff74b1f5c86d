/**
 * The "Last time" frame of a new meeting: the previous meeting's decisions (outcome and text)
 * and its open actions (proposals still open), one note each, so the assembly starts from
 * where the last one stopped. Pure.
 */
import type * as Y from 'yjs'
import type { StoredRecord } from '../boardDoc'
import { shortenText } from '../corners/shortenText'
import { readProposals } from '../decisions/read'
import type { ProposalOutcome } from '../decisions/types'
import { createNoteRecord, type NoteColor } from '../notes'
import type { Size } from '../placement/freeSpot'
import { indicesAboveShapes } from '../shapeIndex'
import { asObject } from '../values'

/** What the previous meeting left: its title, its decisions and its open actions. */
export interface LastTime {
  title: string
  decisions: { outcome: ProposalOutcome; text: string }[]
  openActions: string[]
}

/** The words the frame is written with: the language of the coordinator who creates the meeting. */
export interface LastTimeWords {
  frame: (title: string) => string
  outcome: Readonly<Record<ProposalOutcome, string>>
  open: string
}

/** The frame's words in each shipped language; English for any other. */
export const LAST_TIME_WORDS: Readonly<Record<'en' | 'es', LastTimeWords>> = {
  en: {
    frame: (title) => `Last time — ${title}`,
    outcome: { agreed: 'Agreed', amended: 'Agreed as amended', not_agreed: 'Not agreed' },
    open: 'Open',
  },
  es: {
    frame: (title) => `La última vez — ${title}`,
    outcome: { agreed: 'Aprobada', amended: 'Aprobada con enmiendas', not_agreed: 'No aprobada' },
    open: 'Pendiente',
  },
}

/** English words of the frame. */
export const LAST_TIME_WORDS_EN: LastTimeWords = LAST_TIME_WORDS.en

/** The frame's words for `language` (a tag such as "es" or "es-AR"). */
export function lastTimeWords(language: string): LastTimeWords {
  return language.toLowerCase().split('-')[0] === 'es' ? LAST_TIME_WORDS.es : LAST_TIME_WORDS.en
}

/** The words a frame named `name` was written with; English when none matches. */
export function lastTimeWordsOf(name: unknown): LastTimeWords {
  const words = Object.values(LAST_TIME_WORDS).find((item) => typeof name === 'string' && name.startsWith(item.frame('')))
  return words ?? LAST_TIME_WORDS.en
}

/** Id of the frame; one per meeting board. */
export const LAST_TIME_FRAME_ID = 'shape:community-last-time'

/** The frame meta key that marks the "Last time" frame (its value: true), so a copy of it stays the community's too. */
export const LAST_TIME_META = 'communityLastTime'

/** True for the "Last time" frame: its id, or a frame whose meta carries {@link LAST_TIME_META}. */
export function isLastTimeFrame(record: unknown): boolean {
  const shape = asObject(record)
  if (!shape || shape.typeName !== 'shape' || shape.type !== 'frame') return false
  return shape.id === LAST_TIME_FRAME_ID || asObject(shape.meta)?.[LAST_TIME_META] === true
}

const NOTE = 200
const GAP = 32
const LABEL = 48
const COLUMNS = 4
/** Longest note text: a note grows with its text, and a taller note would reach its neighbours. */
const NOTE_TEXT_MAX = 160

const OUTCOME_COLORS: Readonly<Record<ProposalOutcome, NoteColor>> = { agreed: 'light-green', amended: 'green', not_agreed: 'light-red' }

/** What `doc` (the previous meeting) leaves for the next one. */
export function readLastTime(doc: Y.Doc, title: string): LastTime {
  const lastTime: LastTime = { title, decisions: [], openActions: [] }
  for (const proposal of readProposals(doc)) {
    if (proposal.status === 'open') lastTime.openActions.push(proposal.text)
    else lastTime.decisions.push({ outcome: proposal.status, text: proposal.amendedText ?? proposal.text })
  }
  return lastTime
}

function noteCount(lastTime: LastTime): number {
  return lastTime.decisions.length + lastTime.openActions.length
}

/** The frame's size: notes in rows of up to four. */
export function lastTimeSize(lastTime: LastTime): Size {
  const count = Math.max(1, noteCount(lastTime))
  const columns = Math.min(COLUMNS, count)
  const rows = Math.ceil(count / COLUMNS)
  return { w: columns * NOTE + (columns + 1) * GAP, h: LABEL + rows * (NOTE + GAP) + GAP }
}

/** The frame at `at` (top-level, stacked at `index`) and its notes, frame first. */
export function lastTimeRecords(
  lastTime: LastTime,
  words: LastTimeWords,
  at: { x: number; y: number },
  index: string,
  pageId: string,
): StoredRecord[] {
  const size = lastTimeSize(lastTime)
  const frame: StoredRecord = {
    id: LAST_TIME_FRAME_ID,
    typeName: 'shape',
    type: 'frame',
    x: at.x,
    y: at.y,
    rotation: 0,
    index,
    parentId: pageId,
    isLocked: false,
    opacity: 1,
    meta: { [LAST_TIME_META]: true },
    props: { w: size.w, h: size.h, name: shortenText(words.frame(lastTime.title), 120), color: 'black' },
  }
  const items = [
    ...lastTime.decisions.map((decision) => ({
      text: `${words.outcome[decision.outcome]}: ${decision.text}`,
      color: OUTCOME_COLORS[decision.outcome],
    })),
    ...lastTime.openActions.map((text) => ({ text: `${words.open}: ${text}`, color: 'yellow' as const })),
  ]
  const indices = indicesAboveShapes([], items.length)
  const notes = items.map((item, i) =>
    createNoteRecord({
      id: `${LAST_TIME_FRAME_ID}-${i + 1}`,
      parentId: LAST_TIME_FRAME_ID,
      x: GAP + (i % COLUMNS) * (NOTE + GAP),
      y: LABEL + Math.floor(i / COLUMNS) * (NOTE + GAP),
      index: indices[i] ?? 'a1',
      color: item.color,
      text: shortenText(item.text, NOTE_TEXT_MAX),
    }),
  )
  return [frame, ...notes]
}
