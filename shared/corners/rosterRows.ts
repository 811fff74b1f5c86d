/**
 * Turning the rows of a roster text into coop details: values cleaned, checked against the
 * roster's limits, websites normalised, and coops named twice found. Every problem is reported
 * with its line, so a person can fix the whole file in one go.
 */
import { unprotectFormula } from './csvText'
import type { RawRow, RosterError } from './rosterLayout'
import { coopIdFor, ROSTER_LIMITS, type CoopDetails } from './roster'
import { normalizeWebsite } from './website'

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

/** A value quoted in a message, shortened so one long cell does not drown the list. */
function shown(value: string): string {
  return value.length > 40 ? `“${value.slice(0, 40)}…”` : `“${value}”`
}

function lengthProblem(what: string, value: string, limit: number): string | null {
  return value.length > limit ? `the ${what} is ${value.length} characters long; the most is ${limit}` : null
}

/** The details of one row, or the problems that keep it out. */
function readRow(row: RawRow): { details: CoopDetails } | { problems: string[] } {
  const { cells } = row
  const problems: string[] = []
  const name = cleanValue(cells.name ?? '')
  if (name === '') problems.push('no name')
  else if (!/[\p{L}\p{N}]/u.test(name)) problems.push(`the name ${shown(name)} has no letters or digits`)
  const details: CoopDetails = { name }
  const check = (problem: string | null) => {
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
    if (website === null) problems.push(`${shown(given)} is not a website address; write it like https://coop.org`)
    else {
      details.website = website
      check(lengthProblem('website', website, ROSTER_LIMITS.website))
    }
  }
  if (cells.delegates !== undefined) {
    const delegates = cells.delegates.split(DELEGATE_SEPARATOR).map(cleanValue).filter((d) => d !== '')
    details.delegates = delegates
    if (delegates.length > ROSTER_LIMITS.delegates) {
      problems.push(`${delegates.length} delegates; the most is ${ROSTER_LIMITS.delegates}`)
    }
    const long = delegates.find((d) => d.length > ROSTER_LIMITS.delegateName)
    if (long !== undefined) {
      problems.push(`the delegate name ${shown(long)} is over ${ROSTER_LIMITS.delegateName} characters (separate delegates with “;”)`)
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
      for (const message of result.problems) errors.push({ line: row.line, message })
      continue
    }
    const { name } = result.details
    const id = coopIdFor(name)
    const first = firstById.get(id)
    if (first) {
      const same = first.name === name ? `${shown(name)} is already on line ${first.line}` : `${shown(name)} is the same coop as ${shown(first.name)} on line ${first.line}`
      errors.push({ line: row.line, message: same })
      continue
    }
    firstById.set(id, { line: row.line, name })
    details.push(result.details)
  }
  return { details, errors }
}
