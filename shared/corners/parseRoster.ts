/**
 * Reading a roster that a facilitator pastes or uploads: a plain list of coop names, or a CSV
 * with a header row. The result is the valid coops with the problems of every row left out
 * (by line) and warnings, so a person can import the valid rows or fix the whole file at once;
 * only a problem of the text as a whole (too large, no name column) keeps every row out. The formats are described in docs/PROTOCOL.md ("Coop roster and corners").
 */
import { rosterInputIssue } from './rosterInput'
import type { RosterProblemCode } from './rosterProblems'
import { readRosterTable, type RosterError, type RosterTable } from './rosterLayout'
import { readRosterRows } from './rosterRows'
import type { CoopDetails } from './roster'

export type { RosterError } from './rosterLayout'
export { ROSTER_MAX_BYTES, BINARY_MESSAGE } from './rosterInput'
export { DELEGATE_SEPARATOR } from './rosterRows'

/**
 * Most coops one text may hold. One import writes a roster entry and a corner per coop, so
 * 1,000 coops fit in the server's 2,000 changed entries per update: the import stays one
 * update, applied whole.
 */
export const ROSTER_MAX_ROWS = 1000

/** Most problems listed; beyond them one more entry says how many were left out. */
export const ROSTER_MAX_ERRORS = 50

/** Where a roster came from: a plain list, a CSV, or a roster.json body (the REST import). */
export type RosterFormat = 'list' | 'csv' | 'json'

/** The outcome of {@link parseRosterText}. */
export type RosterParse =
  | {
      ok: true
      /** The valid coops, in text order. */
      rows: CoopDetails[]
      format: RosterFormat
      /** Header cells of a CSV that name no roster column (e.g. "email"); their values are not read. */
      ignoredColumns: string[]
      /** Problems of the rows left out, by line (at most {@link ROSTER_MAX_ERRORS} and a "more" entry). */
      problems: RosterError[]
      /** How many rows are left out for those problems. */
      skippedRows: number
      /** What is imported differently from how it is written (shortened values, delegate counts). */
      warnings: RosterError[]
    }
  | { ok: false; errors: RosterError[] }

/** Problems the table reader finds in one row: they leave that row out, not the whole text. */
const ROW_CODES: ReadonlySet<RosterProblemCode> = new Set<RosterProblemCode>(['missingQuotes', 'invalidQuotes', 'extraFields', 'notCoop'])

/** `errors` with at most {@link ROSTER_MAX_ERRORS} listed, and one more entry saying how many were left out. */
function capped(errors: RosterError[]): RosterError[] {
  if (errors.length <= ROSTER_MAX_ERRORS) return errors
  const more = errors.length - ROSTER_MAX_ERRORS
  return [
    ...errors.slice(0, ROSTER_MAX_ERRORS),
    { line: null, code: 'moreProblems', params: { count: more }, message: `…and ${more} more ${more === 1 ? 'problem' : 'problems'}` },
  ]
}

function failed(errors: RosterError[]): RosterParse {
  return { ok: false, errors: capped(errors) }
}

function byLine(a: RosterError, b: RosterError): number {
  return (a.line ?? 0) - (b.line ?? 0)
}

/**
 * Reads the rows of a roster, however it arrived. Problems of the text as a whole (no name
 * column, a column given twice, too many rows) fail it; a row with a problem is left out and
 * reported, so one bad row never keeps the valid ones out. Fails when no row is valid.
 */
export function readRosterTableRows(table: Omit<RosterTable, 'format'> & { format: RosterFormat }): RosterParse {
  if (table.rows.length > ROSTER_MAX_ROWS) {
    return failed([
      {
        line: null,
        code: 'tooManyRows',
        params: { count: table.rows.length, max: ROSTER_MAX_ROWS },
        message: `The text has ${table.rows.length.toLocaleString('en')} coops; at most ${ROSTER_MAX_ROWS.toLocaleString('en')} can be imported at once. Split it into smaller files.`,
      },
    ])
  }
  // A row the reader found broken (a quote never closed, too many fields) is left out like any bad row.
  const broken = table.errors.filter((error) => error.line !== null && error.code !== undefined && ROW_CODES.has(error.code))
  const fatal = table.errors.filter((error) => !broken.includes(error))
  const brokenLines = new Set(broken.map((error) => error.line))
  if (fatal.length > 0) return failed([...fatal, ...broken].sort(byLine))
  const { details, errors, warnings } = readRosterRows(table.rows.filter((row) => !brokenLines.has(row.line)))
  const problems = [...broken, ...errors].sort(byLine)
  if (details.length === 0) {
    if (problems.length > 0) return failed(problems)
    const message = {
      list: 'There are no coop names in the text.',
      csv: 'The CSV has a header but no coops.',
      json: 'The JSON lists no coops.',
    }[table.format]
    return failed([{ line: null, code: table.format === 'list' ? 'emptyList' : 'emptyCsv', params: {}, message }])
  }
  return {
    ok: true,
    rows: details,
    format: table.format,
    ignoredColumns: table.ignoredColumns,
    problems: capped(problems),
    skippedRows: new Set(problems.map((problem) => problem.line)).size,
    warnings: capped(warnings),
  }
}

/**
 * Parses a pasted or uploaded roster. Accepted: one coop name per line (blank lines ignored; a
 * name with commas may be put in double quotes), or a CSV separated by commas, semicolons or
 * tabs, with quoted fields, an optional byte-order mark and any line breaks, whose header names
 * a name column and optionally country, website, description, delegates and a delegate count
 * (English or Spanish names; see rosterColumns.ts). Delegates in one cell are separated by ";".
 */
export function parseRosterText(text: string): RosterParse {
  const problem = rosterInputIssue(text)
  if (problem) return failed([{ line: null, ...problem }])
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  return readRosterTableRows(readRosterTable(normalized))
}
