/**
 * Reading a roster sent as JSON (the REST import): the shape of the `roster.json` export,
 * `{ version: 1, coops: [{ name, country, website, description, delegates, delegateCount }] }`,
 * so a script or the landing page can round-trip it. Extra fields (id, color, colorName) are
 * ignored: ids come from names and colours from the board. Each entry is read as a row of a
 * CSV would be, by the same rules; its "line" is its 1-based position in `coops`.
 */
import { z } from 'zod'
import { DELEGATE_SEPARATOR } from './rosterRows'
import { readRosterTableRows, type RosterParse } from './parseRoster'
import type { RawRow, RosterError } from './rosterLayout'
import type { RosterColumn } from './rosterColumns'

const text = z.union([z.string(), z.number()]).transform(String)

/** One entry of `coops`: every field optional here, so a missing name is a row problem, not a refused body. */
const entrySchema = z.object({
  name: text.optional(),
  country: text.optional(),
  website: text.optional(),
  description: text.optional(),
  delegates: z.union([z.array(text), text]).optional(),
  delegateCount: z.union([z.number(), z.string()]).nullable().optional(),
})

const bodySchema = z.object({
  version: z.literal(1).optional(),
  coops: z.array(z.unknown()),
})

const NOT_ROSTER: RosterError = {
  line: null,
  code: 'notRosterJson',
  params: {},
  message: 'The JSON is not a roster: send { "version": 1, "coops": [{ "name": "…" }, …] }, the shape of roster.json.',
}

/** The cells of one entry, or null when it is not an object with readable fields. */
function cellsOf(entry: unknown): RawRow['cells'] | null {
  const parsed = entrySchema.safeParse(entry)
  if (!parsed.success) return null
  const { delegates, delegateCount, ...rest } = parsed.data
  const cells: Partial<Record<RosterColumn, string>> = { name: rest.name ?? '' }
  for (const column of ['country', 'website', 'description'] as const) {
    const value = rest[column]
    if (value !== undefined) cells[column] = value
  }
  if (delegates !== undefined) cells.delegates = Array.isArray(delegates) ? delegates.join(`${DELEGATE_SEPARATOR} `) : delegates
  if (delegateCount !== undefined && delegateCount !== null) cells.delegateCount = String(delegateCount)
  return cells
}

/** Reads a parsed JSON body as a roster, by the rules of {@link readRosterTableRows}. */
export function parseRosterJson(body: unknown): RosterParse {
  const parsed = bodySchema.safeParse(body)
  if (!parsed.success) return { ok: false, errors: [NOT_ROSTER] }
  const rows: RawRow[] = []
  const errors: RosterError[] = []
  parsed.data.coops.forEach((entry, index) => {
    const cells = cellsOf(entry)
    const line = index + 1
    if (cells) rows.push({ line, cells })
    else errors.push({ line, code: 'notCoop', params: {}, message: 'not a coop: an object with a "name" and text fields' })
  })
  return readRosterTableRows({ format: 'json', rows, ignoredColumns: [], errors })
}
