/**
 * Turning the rows of a roster text into coop details: values cleaned, checked against the
 * roster's limits (long descriptions shortened with a warning), websites normalised, delegate
 * counts told from names, and coops named twice found. Every problem is reported with its
 * line, so a person can fix the whole file in one go or import the valid rows.
 */
import { unprotectFormula } from './csvText'
import type { RawRow, RosterError } from './rosterLayout'
import { ROSTER_LIMITS, type CoopDetails } from './roster'
import { matchKey } from '../text/fold'
import { normalizeWebsite } from './website'
import { shortenText } from './shortenText'
import type { RosterProblem } from './rosterProblems'

/**
 * Delegates in one cell are separated by semicolons: "Ana Pérez; Luis Gómez". A comma cannot
 * be the separator because names are written "Pérez, Ana", and in a comma-separated file a
 * semicolon needs no quotes (in a semicolon-separated one the cell is quoted, as every
 * spreadsheet does when it saves one).
 */
export const DELEGATE_SEPARATOR = ';'

/** A value as the roster keeps it: formula guard removed, control characters and runs of spaces made one space. */
export function cleanValue(raw: string): string {
  return unprotectFormula(raw.trim())
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A value as a message names it, shortened so one long cell does not drown the list. */
function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}

/** {@link short}, in quotes. */
function shown(value: string): string {
  return `“${short(value)}”`
}

function lengthProblem(what: string, value: string, limit: number): RosterProblem | null {
  if (value.length <= limit) return null
  return {
    code: 'tooLong',
    params: { field: what, length: value.length, max: limit },
    message: `the ${what} is ${value.length} characters long; the most is ${limit}`,
  }
}

/** How much of the end of a shortened value a warning quotes, so a person sees where it stops. */
const KEPT_TAIL = 60

/** `value` cut to `limit` with the warning that says so, or as it is when it fits. */
function shortened(what: 'country' | 'description', value: string, limit: number): { value: string; warning: RosterProblem | null } {
  const kept = shortenText(value, limit)
  if (kept === value) return { value, warning: null }
  const tail = kept.length > KEPT_TAIL ? `…${kept.slice(-KEPT_TAIL)}` : kept
  return {
    value: kept,
    warning: {
      code: 'shortened',
      params: { field: what, length: value.length, max: limit, kept: kept.length, tail },
      message: `the ${what} is ${value.length.toLocaleString('en')} characters long (the most is ${limit.toLocaleString('en')}): it will be shortened to ${kept.length.toLocaleString('en')}, ending “${tail}”`,
    },
  }
}

/** A whole number as a delegates or count cell holds it ("3", " 12 "), else null. */
export function countOf(value: string): number | null {
  return /^\d{1,6}$/.test(value) ? Number(value) : null
}

/** How the delegates column is read: names, counts, or names with some counts among them. */
type DelegatesMode = 'names' | 'counts' | 'mixed'

function delegatesMode(rows: readonly RawRow[]): DelegatesMode {
  let counts = 0
  let names = 0
  for (const row of rows) {
    const cell = cleanValue(row.cells.delegates ?? '')
    if (cell === '') continue
    if (countOf(cell) !== null) counts++
    else names++
  }
  if (counts === 0) return 'names'
  return names === 0 ? 'counts' : 'mixed'
}

/** The details of one row with its warnings, or the problems that keep it out. */
function readRow(row: RawRow): { details: CoopDetails; warnings: RosterProblem[] } | { problems: RosterProblem[] } {
  const { cells } = row
  const problems: RosterProblem[] = []
  const warnings: RosterProblem[] = []
  const name = cleanValue(cells.name ?? '')
  if (name === '') problems.push({ code: 'noName', params: {}, message: 'no name' })
  else if (!/[\p{L}\p{N}]/u.test(name)) {
    problems.push({ code: 'nameNoLetters', params: { value: short(name) }, message: `the name ${shown(name)} has no letters or digits` })
  }
  const details: CoopDetails = { name }
  const check = (problem: RosterProblem | null) => {
    if (problem) problems.push(problem)
  }
  const keep = (result: { value: string; warning: RosterProblem | null }): string => {
    if (result.warning) warnings.push(result.warning)
    return result.value
  }
  check(lengthProblem('name', name, ROSTER_LIMITS.name))
  if (cells.country !== undefined) details.country = keep(shortened('country', cleanValue(cells.country), ROSTER_LIMITS.country))
  if (cells.description !== undefined) {
    details.description = keep(shortened('description', cleanValue(cells.description), ROSTER_LIMITS.description))
  }
  if (cells.website !== undefined) {
    const given = cleanValue(cells.website)
    const website = normalizeWebsite(given)
    if (website === null) {
      problems.push({
        code: 'notWebsite',
        params: { value: short(given) },
        message: `${shown(given)} is not a website address; write it like https://coop.org`,
      })
    } else {
      details.website = website
      check(lengthProblem('website', website, ROSTER_LIMITS.website))
    }
  }
  if (cells.delegateCount !== undefined) {
    const given = cleanValue(cells.delegateCount)
    const count = countOf(given)
    if (given !== '' && count === null) {
      problems.push({ code: 'notCount', params: { value: short(given) }, message: `${shown(given)} is not a number of delegates` })
    } else if (count !== null && count > ROSTER_LIMITS.delegateCount) {
      problems.push({
        code: 'countTooLarge',
        params: { count, max: ROSTER_LIMITS.delegateCount },
        message: `${count} delegates; the most is ${ROSTER_LIMITS.delegateCount}`,
      })
    } else if (count !== null) details.delegateCount = count
  }
  if (cells.delegates !== undefined) {
    const delegates = cells.delegates
      .split(DELEGATE_SEPARATOR)
      .map(cleanValue)
      .filter((d) => d !== '')
    details.delegates = delegates
    if (delegates.length > ROSTER_LIMITS.delegates) {
      problems.push({
        code: 'tooManyDelegates',
        params: { count: delegates.length, max: ROSTER_LIMITS.delegates },
        message: `${delegates.length} delegates; the most is ${ROSTER_LIMITS.delegates}`,
      })
    }
    const long = delegates.find((d) => d.length > ROSTER_LIMITS.delegateName)
    if (long !== undefined) {
      problems.push({
        code: 'delegateTooLong',
        params: { value: short(long), max: ROSTER_LIMITS.delegateName },
        message: `the delegate name ${shown(long)} is over ${ROSTER_LIMITS.delegateName} characters (separate delegates with “;”)`,
      })
    }
  }
  return problems.length > 0 ? { problems } : { details, warnings }
}

/**
 * A row whose delegates cell is only a whole number ("3") read as a count: never as a person
 * called "3". The count column, when the text has one, keeps its own value.
 */
function countedRow(row: RawRow): RawRow {
  const count = countOf(cleanValue(row.cells.delegates ?? ''))
  if (count === null) return row
  const cells: RawRow['cells'] = { ...row.cells, delegates: '' }
  if (cleanValue(cells.delegateCount ?? '') === '') cells.delegateCount = String(count)
  return { line: row.line, cells }
}

/** What {@link readRosterRows} found: the coops to import, the rows kept out and why, and warnings. */
export interface RosterRows {
  /** The valid coops, in text order (values over a hard limit already shortened). */
  details: CoopDetails[]
  /** Problems of rows that are left out, with their lines. */
  errors: RosterError[]
  /** What is imported differently from how it is written: shortened values, counts read from the delegates column. */
  warnings: RosterError[]
}

/** The warning about a delegates column that holds counts, or counts among names. */
function delegatesWarning(mode: DelegatesMode, rows: readonly RawRow[]): RosterError | null {
  if (mode === 'names') return null
  if (mode === 'counts') {
    return {
      line: null,
      code: 'delegatesCounted',
      params: {},
      message: 'The delegates column holds numbers: they are read as the number of delegates of each coop, not as names.',
    }
  }
  const lines = rows.filter((row) => countOf(cleanValue(row.cells.delegates ?? '')) !== null).map((row) => row.line)
  const listed = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '')
  return {
    line: null,
    code: 'mixedDelegates',
    params: { lines: listed, count: lines.length },
    message: `The delegates column mixes names and numbers: the numbers on lines ${listed} are read as the number of delegates, not as names. Put counts in a column called “delegate count”.`,
  }
}

/**
 * Reads every row; returns the valid coops in text order, the problems of the rows left out
 * (each with its line) and the warnings. One bad row never keeps the others out. Two rows name
 * the same coop when their names match once folded (`matchKey`: "Sur" and "SUR", "Spółdzielnia"
 * and "Spoldzielnia"); the
 * later one is reported, naming the line of the first. A delegates cell holding only a whole
 * number is a count of delegates (a column of them, or a few among names, with a warning).
 */
export function readRosterRows(rows: readonly RawRow[]): RosterRows {
  const details: CoopDetails[] = []
  const errors: RosterError[] = []
  const mode = delegatesMode(rows)
  const warning = delegatesWarning(mode, rows)
  const warnings: RosterError[] = warning ? [warning] : []
  const firstById = new Map<string, { line: number; name: string }>()
  for (const raw of rows) {
    const row = mode === 'names' ? raw : countedRow(raw)
    const result = readRow(row)
    if ('problems' in result) {
      for (const problem of result.problems) errors.push({ line: row.line, ...problem })
      continue
    }
    const { name } = result.details
    const id = matchKey(name)
    const first = firstById.get(id)
    if (first) {
      errors.push(
        first.name === name
          ? {
              line: row.line,
              code: 'sameLine',
              params: { value: short(name), line: first.line },
              message: `${shown(name)} is already on line ${first.line}`,
            }
          : {
              line: row.line,
              code: 'sameCoop',
              params: { value: short(name), first: short(first.name), line: first.line },
              message: `${shown(name)} is the same coop as ${shown(first.name)} on line ${first.line}`,
            },
      )
      continue
    }
    firstById.set(id, { line: row.line, name })
    for (const problem of result.warnings) warnings.push({ line: row.line, ...problem })
    details.push(result.details)
  }
  return { details, errors, warnings }
}
