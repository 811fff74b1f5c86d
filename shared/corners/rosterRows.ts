/**
 * Turning the rows of a roster text into coop details: values cleaned, checked against the
 * roster's limits, websites normalised, and coops named twice found. Every problem is reported
 * with its line, so a person can fix the whole file in one go.
 */
import { unprotectFormula } from './csvText'
import type { RawRow, RosterError } from './rosterLayout'
import { coopIdFor, ROSTER_LIMITS, type CoopDetails } from './roster'
import { normalizeWebsite } from './website'
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
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
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
  return { code: 'tooLong', params: { field: what, length: value.length, max: limit }, message: `the ${what} is ${value.length} characters long; the most is ${limit}` }
}

/** The details of one row, or the problems that keep it out. */
function readRow(row: RawRow): { details: CoopDetails } | { problems: RosterProblem[] } {
  const { cells } = row
  const problems: RosterProblem[] = []
  const name = cleanValue(cells.name ?? '')
  if (name === '') problems.push({ code: 'noName', params: {}, message: 'no name' })
  else if (!/[\p{L}\p{N}]/u.test(name)) {
    problems.push({ code: 'nameNoLetters', params: { value: short(name) }, message: `the name ${shown(name)} has no letters or digits` })
  }
  const details: CoopDetails = { name }
  const check = (problem: RosterProblem | null) => {
    if (problem) problems.push(problem)
  }
  check(lengthProblem('name', name, ROSTER_LIMITS.name))
  if (cells.country !== undefined) {
    details.country = cleanValue(cells.country)
    check(lengthProblem('country', details.country, ROSTER_LIMITS.country))
  }
  if (cells.description !== undefined) {
    details.description = cleanValue(cells.description)
    check(lengthProblem('description', details.description, ROSTER_LIMITS.description))
  }
  if (cells.website !== undefined) {
    const given = cleanValue(cells.website)
    const website = normalizeWebsite(given)
    if (website === null) {
      problems.push({ code: 'notWebsite', params: { value: short(given) }, message: `${shown(given)} is not a website address; write it like https://coop.org` })
    }
    else {
      details.website = website
      check(lengthProblem('website', website, ROSTER_LIMITS.website))
    }
  }
  if (cells.delegates !== undefined) {
    const delegates = cells.delegates.split(DELEGATE_SEPARATOR).map(cleanValue).filter((d) => d !== '')
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
  return problems.length > 0 ? { problems } : { details }
}

/**
 * Reads every row; returns the coops in text order and every problem found. Two rows name the
 * same coop when their names give the same {@link coopIdFor} id ("Sur" and "SUR"); the later
 * one is reported, naming the line of the first.
 */
export function readRosterRows(rows: readonly RawRow[]): { details: CoopDetails[]; errors: RosterError[] } {
  const details: CoopDetails[] = []
  const errors: RosterError[] = []
  const firstById = new Map<string, { line: number; name: string }>()
  for (const row of rows) {
    const result = readRow(row)
    if ('problems' in result) {
      for (const problem of result.problems) errors.push({ line: row.line, ...problem })
      continue
    }
    const { name } = result.details
    const id = coopIdFor(name)
    const first = firstById.get(id)
    if (first) {
      errors.push(
        first.name === name
          ? { line: row.line, code: 'sameLine', params: { value: short(name), line: first.line }, message: `${shown(name)} is already on line ${first.line}` }
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
    details.push(result.details)
  }
  return { details, errors }
}
