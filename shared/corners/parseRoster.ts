/**
 * Reading a roster that a facilitator pastes or uploads: a plain list of coop names, or a CSV
 * with a header row. All or nothing: the result is either every coop of the text, or every
 * problem found in it with its line, so nothing is half-imported and a person can fix the
 * whole file at once. The formats are described in docs/PROTOCOL.md ("Coop roster and corners").
 */
import { rosterInputIssue } from './rosterInput'
import { readRosterTable, type RosterError } from './rosterLayout'
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

/** The outcome of {@link parseRosterText}. */
export type RosterParse =
  | {
      ok: true
      rows: CoopDetails[]
      format: 'list' | 'csv'
      /** Header cells of a CSV that name no roster column (e.g. "email"); their values are not read. */
      ignoredColumns: string[]
    }
  | { ok: false; errors: RosterError[] }

function failed(errors: RosterError[]): RosterParse {
  if (errors.length <= ROSTER_MAX_ERRORS) return { ok: false, errors }
  const more = errors.length - ROSTER_MAX_ERRORS
  return {
    ok: false,
    errors: [
      ...errors.slice(0, ROSTER_MAX_ERRORS),
      { line: null, code: 'moreProblems', params: { count: more }, message: `…and ${more} more ${more === 1 ? 'problem' : 'problems'}` },
    ],
  }
}

/**
 * Parses a pasted or uploaded roster. Accepted: one coop name per line (blank lines ignored; a
 * name with commas may be put in double quotes), or a CSV separated by commas, semicolons or
 * tabs, with quoted fields, an optional byte-order mark and any line breaks, whose header names
 * a name column and optionally country, website, description and delegates (English or
 * Spanish names; see rosterColumns.ts). Delegates in one cell are separated by ";".
 */
export function parseRosterText(text: string): RosterParse {
  const problem = rosterInputIssue(text)
  if (problem) return failed([{ line: null, ...problem }])
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const table = readRosterTable(normalized)
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
  const { details, errors } = readRosterRows(table.rows)
  const all = [...table.errors, ...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  if (all.length > 0) return failed(all)
  if (details.length === 0) {
    const message = table.format === 'csv' ? 'The CSV has a header but no coops.' : 'There are no coop names in the text.'
    return failed([{ line: null, code: table.format === 'csv' ? 'emptyCsv' : 'emptyList', params: {}, message }])
  }
  return { ok: true, rows: details, format: table.format, ignoredColumns: table.ignoredColumns }
}
