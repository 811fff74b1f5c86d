/**
 * What every section of the minutes reads: the board's records indexed once, its notes as
 * text with their author (none in anonymous areas), and the set of notes a section has
 * already reported, so the last section can list the notes no area holds.
 */
import type * as Y from 'yjs'
import { asStoredRecord, recordsMap, type StoredRecord } from '../boardDoc'
import { readNoteAuthor, type NoteAuthor } from '../participant'
import { formatMinutesDate } from './date'
import { richTextToMarkdown, richTextToPlainText } from './richText'
import type { MinutesTranslate } from './translate'

/** Facts about the export itself. */
export interface MinutesInfo {
  boardId: string
  title: string
  /** Server-clock ms the minutes describe (now, or a snapshot's time). */
  at: number
  /** IANA time zone for the dates shown; UTC when absent. */
  timeZone?: string
  /** The language the minutes are written in (a shipped one, ./translate.ts); English when absent. */
  language?: string
}

/** A sticky note as the minutes show it. */
export interface MinutesNote {
  id: string
  text: string
  /** The text as Markdown, escaped, with its links and marks (./richText.ts). */
  markdown: string
  /** Null for notes without an author and for every note in an anonymous area. */
  author: NoteAuthor | null
  /** Position on the page (parents' offsets added), for reading order. */
  x: number
  y: number
}

/** Everything a section may read. */
export interface MinutesContext {
  doc: Y.Doc
  info: MinutesInfo
  /** A message of the minutes in the reader's language (./translate.ts). */
  t: MinutesTranslate
  /** A moment as the minutes show it, in the reader's language and time zone. */
  date(at: number): string
  records: ReadonlyMap<string, StoredRecord>
  /** Every note of the board, in reading order (top to bottom, then left to right). */
  notes: readonly MinutesNote[]
  /** The notes inside the shape `areaId` (at any depth), in reading order. */
  notesIn(areaId: string): MinutesNote[]
  /** Marks notes as reported; the closing section lists the others. */
  claim(notes: Iterable<MinutesNote>): void
  isClaimed(noteId: string): boolean
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

function parentOf(record: StoredRecord): string | null {
  return typeof record.parentId === 'string' ? record.parentId : null
}

/** True when the shape or one of its ancestors is a frame marked anonymous. */
function inAnonymousArea(records: ReadonlyMap<string, StoredRecord>, record: StoredRecord): boolean {
  const seen = new Set<string>()
  let current: StoredRecord | undefined = record
  while (current && !seen.has(current.id)) {
    seen.add(current.id)
    const meta = current.meta
    if (current.type === 'frame' && typeof meta === 'object' && meta !== null && (meta as Record<string, unknown>).anonymous === true) {
      return true
    }
    const parentId = parentOf(current)
    current = parentId ? records.get(parentId) : undefined
  }
  return false
}

function pagePosition(records: ReadonlyMap<string, StoredRecord>, record: StoredRecord): { x: number; y: number } {
  let x = num(record.x)
  let y = num(record.y)
  const seen = new Set([record.id])
  let parentId = parentOf(record)
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId)
    const parent = records.get(parentId)
    if (!parent || parent.typeName !== 'shape') break
    x += num(parent.x)
    y += num(parent.y)
    parentId = parentOf(parent)
  }
  return { x, y }
}

function isInside(records: ReadonlyMap<string, StoredRecord>, shapeId: string, areaId: string): boolean {
  const seen = new Set<string>()
  let parentId = parentOf(records.get(shapeId) ?? { id: '', typeName: '' })
  while (parentId && !seen.has(parentId)) {
    if (parentId === areaId) return true
    seen.add(parentId)
    const parent = records.get(parentId)
    parentId = parent ? parentOf(parent) : null
  }
  return false
}

/** Reading order: rows of notes top to bottom (within half a note's height), then left to right. */
export function compareReadingOrder(a: { x: number; y: number; id: string }, b: { x: number; y: number; id: string }): number {
  const rowA = Math.round(a.y / 100)
  const rowB = Math.round(b.y / 100)
  return rowA - rowB || a.x - b.x || a.y - b.y || a.id.localeCompare(b.id)
}

/** Indexes `doc` for the minutes, written with `t` (minutesTranslator of the info's language). */
export function createMinutesContext(doc: Y.Doc, info: MinutesInfo, t: MinutesTranslate): MinutesContext {
  const records = new Map<string, StoredRecord>()
  recordsMap(doc).forEach((value) => {
    const record = asStoredRecord(value)
    if (record) records.set(record.id, record)
  })
  const notes: MinutesNote[] = []
  for (const record of records.values()) {
    if (record.typeName !== 'shape' || record.type !== 'note') continue
    const props = typeof record.props === 'object' && record.props !== null ? (record.props as Record<string, unknown>) : {}
    notes.push({
      id: record.id,
      text: richTextToPlainText(props.richText),
      markdown: richTextToMarkdown(props.richText),
      author: inAnonymousArea(records, record) ? null : readNoteAuthor(record.meta),
      ...pagePosition(records, record),
    })
  }
  notes.sort(compareReadingOrder)
  const claimed = new Set<string>()
  return {
    doc,
    info,
    t,
    date: (at) => formatMinutesDate(at, info.timeZone, info.language),
    records,
    notes,
    notesIn: (areaId) => notes.filter((note) => isInside(records, note.id, areaId)),
    claim(list) {
      for (const note of list) claimed.add(note.id)
    },
    isClaimed: (noteId) => claimed.has(noteId),
  }
}
