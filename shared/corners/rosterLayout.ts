/**
 * Reading a roster text into rows with their line numbers: deciding whether it is a plain list
 * (one coop name per line) or a CSV with a header row, and splitting either into cells.
 *
 * The decision rests on the first non-blank line. It is a CSV header when, split at a comma,
 * semicolon or tab (quotes respected), one of its cells names the name column. Otherwise it is
 * a header without a name column, which is an error, when it is tab-separated, when a cell
 * names another roster column ("country", "website", …), or when the next lines split into as
 * many cells as it does. Anything else is a list, so a list of names with commas in them
 * ("Sur, Cooperativa de Trabajo") still reads as a list; a list whose every name has the same
 * number of commas must put its names in double quotes.
 */
import Papa from 'papaparse'
import { columnOf, NAME_COLUMN_HINT, type RosterColumn } from './rosterColumns'
import type { RosterProblemCode, RosterProblemParams } from './rosterProblems'

/** A problem found in the text: `line` is 1-based, or null for the text as a whole. */
export interface RosterError {
  line: number | null
  message: string
  /** The problem's stable code and values, for a message in the reader's language. */
  code?: RosterProblemCode
  params?: RosterProblemParams
}

/** One row of the text: the line it starts on, and its cells by roster column. */
export interface RawRow {
  line: number
  cells: Partial<Record<RosterColumn, string>>
}

/** What a roster text holds: its format, its rows, the header cells it did not use, and problems. */
export interface RosterTable {
  format: 'list' | 'csv'
  rows: RawRow[]
  ignoredColumns: string[]
  errors: RosterError[]
}

const DELIMITERS = [',', ';', '\t'] as const
/** Lines after the first that must agree on their cell count for a headerless table. */
const CONSISTENCY_SAMPLE = 20

/** The cells of one line split at `delimiter`, with CSV quoting. */
function splitLine(line: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter, preview: 1 })
  return parsed.data[0] ?? []
}

function quoted(cells: readonly string[]): string {
  return cells.map((cell) => `“${cell.trim()}”`).join(', ')
}

/** True when the non-blank lines after `from` (a sample) all split into `count` cells. */
function sameCellCounts(lines: readonly string[], from: number, delimiter: string, count: number): boolean {
  let checked = 0
  for (let i = from; i < lines.length && checked < CONSISTENCY_SAMPLE; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '') continue
    if (splitLine(line, delimiter).length !== count) return false
    checked++
  }
  return checked > 0
}

type Layout =
  { kind: 'list' } | { kind: 'csv'; delimiter: string; headerLine: number; header: string[] } | { kind: 'error'; error: RosterError }

/** Decides the format from the first non-blank line of `text` (line breaks already `\n`). */
function detectLayout(text: string): Layout {
  const lines = text.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  if (first < 0) return { kind: 'list' }
  const line = lines[first] ?? ''
  const candidates = DELIMITERS.map((delimiter) => ({ delimiter, cells: splitLine(line, delimiter) }))
  const widest = (list: typeof candidates) => list.reduce((best, c) => (c.cells.length > best.cells.length ? c : best))

  const named = candidates.filter((c) => c.cells.some((cell) => columnOf(cell) === 'name'))
  if (named.length > 0) {
    const { delimiter, cells } = widest(named)
    return { kind: 'csv', delimiter, headerLine: first + 1, header: cells }
  }
  const split = candidates.filter((c) => c.cells.length >= 2)
  if (split.length === 0) return { kind: 'list' }
  const { delimiter, cells } = widest(split)
  const headerLike =
    delimiter === '\t' || cells.some((cell) => columnOf(cell) !== null) || sameCellCounts(lines, first + 1, delimiter, cells.length)
  if (!headerLike) return { kind: 'list' }
  return {
    kind: 'error',
    error: {
      line: first + 1,
      code: 'noNameColumn',
      params: { columns: quoted(cells) },
      message:
        `No name column: the first line has the columns ${quoted(cells)}. A CSV needs a header row with a column called ${NAME_COLUMN_HINT}. ` +
        'For a plain list of names that contain commas, put each name in double quotes.',
    },
  }
}

/** A list line: the name as written, or the inside of a name put in double quotes. */
function listName(line: string): string {
  const trimmed = line.trim()
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1).replace(/""/g, '"')
  return trimmed
}

function readList(text: string): RosterTable {
  const rows: RawRow[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') rows.push({ line: index + 1, cells: { name: listName(line) } })
  })
  return { format: 'list', rows, ignoredColumns: [], errors: [] }
}

/** Counts line breaks incrementally, so numbering every row of a large text stays linear. */
class LineCounter {
  private offset = 0
  private line = 1
  constructor(private readonly text: string) {}

  /** The 1-based line of `offset`; offsets must not decrease between calls. */
  at(offset: number): number {
    for (; this.offset < offset; this.offset++) if (this.text.charCodeAt(this.offset) === 10) this.line++
    return this.line
  }
}

const PAPA_PROBLEMS: Readonly<Record<string, { code: RosterProblemCode; message: string }>> = {
  MissingQuotes: { code: 'missingQuotes', message: 'a quoted field is never closed: a " is missing' },
  InvalidQuotes: { code: 'invalidQuotes', message: 'a quoted field has text after its closing "' },
}

function readCsv(text: string, layout: Extract<Layout, { kind: 'csv' }>): RosterTable {
  const errors: RosterError[] = []
  const columns = layout.header.map((cell) => columnOf(cell))
  const seen = new Map<RosterColumn, string>()
  layout.header.forEach((cell, index) => {
    const column = columns[index]
    if (!column) return
    const other = seen.get(column)
    if (other !== undefined) {
      errors.push({
        line: layout.headerLine,
        code: 'twoColumns',
        params: { column, first: other.trim(), second: cell.trim() },
        message: `Two columns give the ${column}: “${other.trim()}” and “${cell.trim()}”. Keep one.`,
      })
    } else seen.set(column, cell)
  })
  const ignoredColumns = layout.header.filter((cell, index) => columns[index] === null && cell.trim() !== '').map((cell) => cell.trim())

  const rows: RawRow[] = []
  const lines = new LineCounter(text)
  let start = 0
  Papa.parse<string[]>(text, {
    delimiter: layout.delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const rowStart = start
      start = result.meta.cursor
      const line = lines.at(rowStart)
      const cells = result.data
      if (line <= layout.headerLine || cells.every((cell) => cell.trim() === '')) return
      for (const error of result.errors) {
        const known = PAPA_PROBLEMS[error.code]
        errors.push(known ? { line, code: known.code, params: {}, message: known.message } : { line, message: error.message })
      }
      const extra = cells.slice(columns.length)
      if (extra.some((cell) => cell.trim() !== '')) {
        errors.push({
          line,
          code: 'extraFields',
          params: { count: cells.length, expected: columns.length, delimiter: layout.delimiter },
          message: `${cells.length} fields, but the header has ${columns.length}. Put values that contain “${layout.delimiter === '\t' ? 'tab' : layout.delimiter}” in double quotes.`,
        })
        return
      }
      const row: RawRow = { line, cells: {} }
      columns.forEach((column, index) => {
        // A short row (trailing empty cells left out) reads as empty cells.
        if (column && !Object.hasOwn(row.cells, column)) row.cells[column] = cells[index] ?? ''
      })
      rows.push(row)
    },
  })
  return { format: 'csv', rows, ignoredColumns, errors }
}

/**
 * Splits a roster text (BOM removed, line breaks `\n`) into rows. A text with no non-blank
 * line is an empty list.
 */
export function readRosterTable(text: string): RosterTable {
  const layout = detectLayout(text)
  if (layout.kind === 'error') return { format: 'csv', rows: [], ignoredColumns: [], errors: [layout.error] }
  return layout.kind === 'list' ? readList(text) : readCsv(text, layout)
}
