/**
 * Which notes a vote covers: the selected notes (and the notes inside selected frames), or the
 * notes inside one frame at any depth, with its kind and name, which each reader's side words
 * in their language ("Corner: Cooperativa Sur", "Rincón: Cooperativa Sur"). Pure functions over
 * the document's records as plain JSON.
 */
import type { StoredRecord } from '../boardDoc'
import type { ScopeFrameKind, Vote } from './types'

/** The words a reader's side supplies to say where a vote's notes came from. */
export type ScopeWord = 'selection' | ScopeFrameKind | 'untitled'

/** Values of a scope word: `count` for the selection, `name` for a frame, none for "untitled". */
export type ScopeWordValues = { readonly count: number } | { readonly name: string } | Readonly<Record<string, never>>

/**
 * Where a vote's notes came from, in the reader's words: "Selection of 3 notes",
 * "Corner: Cooperativa Sur" (`word` supplies them, for the panel or the minutes), or the
 * label an older vote stored, as it is.
 */
export function voteScopeText(
  vote: Pick<Vote, 'scope' | 'scopeLabel' | 'noteIds'>,
  word: (key: ScopeWord, values: ScopeWordValues) => string,
): string {
  const { scope } = vote
  if (!scope) return vote.scopeLabel ?? ''
  if (scope.kind === 'selection') return word('selection', { count: vote.noteIds.length })
  return word(scope.kind, { name: scope.name || word('untitled', {}) })
}

/** A frame a vote can be opened on: a coop corner, a breakout group's area, or any frame. */
export interface ScopeFrame {
  id: string
  /** The frame's name, trimmed; "" when it has none. */
  name: string
  kind: ScopeFrameKind
}

function metaOf(record: StoredRecord): Record<string, unknown> {
  const meta = record.meta
  return typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {}
}

function frameName(record: StoredRecord): string {
  const props = record.props
  const name = typeof props === 'object' && props !== null ? (props as Record<string, unknown>).name : undefined
  return typeof name === 'string' ? name.trim() : ''
}

function isNote(record: StoredRecord): boolean {
  return record.typeName === 'shape' && record.type === 'note'
}

function isFrame(record: StoredRecord): boolean {
  return record.typeName === 'shape' && record.type === 'frame'
}

/** Every frame, corners first, then breakout areas, then the rest, each by name. */
export function scopeFrames(records: Iterable<StoredRecord>): ScopeFrame[] {
  const frames: ScopeFrame[] = []
  for (const record of records) {
    if (!isFrame(record)) continue
    const meta = metaOf(record)
    const name = frameName(record)
    const kind: ScopeFrameKind =
      typeof meta.coopId === 'string' ? 'corner' : meta.breakout !== undefined && meta.breakout !== null ? 'group' : 'frame'
    frames.push({ id: record.id, name, kind })
  }
  const rank = { corner: 0, group: 1, frame: 2 } as const
  return frames.sort((a, b) => rank[a.kind] - rank[b.kind] || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}

/** Notes in reading order: top to bottom, then left to right (rows of about one note's height). */
function readingOrder(notes: StoredRecord[]): string[] {
  const y = (r: StoredRecord) => (typeof r.y === 'number' ? r.y : 0)
  const x = (r: StoredRecord) => (typeof r.x === 'number' ? r.x : 0)
  return [...notes]
    .sort((a, b) => Math.round(y(a) / 100) - Math.round(y(b) / 100) || x(a) - x(b) || a.id.localeCompare(b.id))
    .map((r) => r.id)
}

/** The notes whose parent chain reaches `frameId` (inside it at any depth), in reading order. */
export function notesInFrame(records: Iterable<StoredRecord>, frameId: string): string[] {
  const byId = new Map<string, StoredRecord>()
  for (const record of records) byId.set(record.id, record)
  const inside = (record: StoredRecord): boolean => {
    const seen = new Set<string>()
    let parentId = record.parentId
    while (typeof parentId === 'string' && !seen.has(parentId)) {
      if (parentId === frameId) return true
      seen.add(parentId)
      parentId = byId.get(parentId)?.parentId
    }
    return false
  }
  return readingOrder([...byId.values()].filter((r) => isNote(r) && inside(r)))
}

/** The selected notes, and the notes inside selected frames, without repeats, in reading order. */
export function notesFromSelection(records: Iterable<StoredRecord>, selectedIds: readonly string[]): string[] {
  const all = [...records]
  const byId = new Map(all.map((r) => [r.id, r]))
  const ids = new Set<string>()
  for (const id of selectedIds) {
    const record = byId.get(id)
    if (!record) continue
    if (isNote(record)) ids.add(id)
    else if (isFrame(record)) for (const noteId of notesInFrame(all, id)) ids.add(noteId)
  }
  return readingOrder([...ids].map((id) => byId.get(id)).filter((r): r is StoredRecord => r !== undefined))
}

/** A note's text as plain text, one line per paragraph ("" when it has none). */
export function noteText(record: StoredRecord | undefined): string {
  const props = record?.props
  if (typeof props !== 'object' || props === null) return ''
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (typeof node !== 'object' || node === null) return
    const { type, text, content } = node as Record<string, unknown>
    if (type === 'text' && typeof text === 'string') line.push(text)
    if (Array.isArray(content)) for (const child of content) walk(child, line)
  }
  const doc = (props as Record<string, unknown>).richText
  const paragraphs = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).content : undefined
  if (!Array.isArray(paragraphs)) return ''
  for (const paragraph of paragraphs) {
    const line: string[] = []
    walk(paragraph, line)
    lines.push(line.join(''))
  }
  return lines.join('\n').trim()
}
