/**
 * The roster as data the community reuses: CSV for spreadsheets (and re-import), JSON for the
 * landing page. Formats described in docs/PROTOCOL.md ("Coop roster and corners").
 */
import type { NoteColor } from '../notes'
import { stripUnseen } from '../text/clean'
import { stripUnseenDeep } from '../text/cleanJson'
import { protectFormula, quoteCsvField } from './csvText'
import { ROSTER_COLUMNS } from './rosterColumns'
import type { Coop } from './roster'

/** Version of the JSON shape of {@link rosterToJson}; bumped only for incompatible changes. */
export const ROSTER_JSON_VERSION = 1

/**
 * tldraw 5.4's light-theme colours (`solid`), so a page outside tldraw shows each coop in the
 * colour of its corner.
 */
export const CORNER_COLOR_HEX: Readonly<Record<NoteColor, string>> = {
  black: '#1d1d1d',
  grey: '#9fa8b2',
  'light-violet': '#e085f4',
  violet: '#ae3ec9',
  blue: '#4465e9',
  'light-blue': '#4ba1f1',
  yellow: '#f1ac4b',
  orange: '#e16919',
  green: '#099268',
  'light-green': '#4cb05e',
  'light-red': '#f87777',
  red: '#e03131',
  white: '#ffffff',
}

/** One coop in the JSON export: the roster entry without board internals, colour as CSS. */
export type RosterJsonCoop = Omit<Coop, 'cornerId' | 'color'> & {
  /** CSS colour (#rrggbb) of the coop's corner. */
  color: string
  /** The same colour by its tldraw name ("violet"). */
  colorName: NoteColor
}

/** The JSON export: `{ version: 1, coops: [...] }`, coops in the order given. */
export interface RosterJson {
  version: typeof ROSTER_JSON_VERSION
  coops: RosterJsonCoop[]
}

/** How delegates are joined in one CSV cell; `parseRosterText` splits them at the ";". */
const DELEGATE_JOINER = '; '

/**
 * The roster as CSV (RFC 4180, CRLF line breaks): header
 * `name,country,website,description,delegates,delegateCount`, one row per coop in the order
 * given, delegates joined with "; ", the count blank when the roster has none. Values a spreadsheet would
 * run as formulas get an apostrophe in front, which `parseRosterText` removes again, so
 * `parseRosterText(rosterToCsv(coops))` gives back the coops' details.
 */
export function rosterToCsv(coops: readonly Coop[]): string {
  const lines = [ROSTER_COLUMNS.join(',')]
  for (const coop of coops) {
    const count = coop.delegateCount === undefined ? '' : String(coop.delegateCount)
    const cells = [coop.name, coop.country, coop.website, coop.description, coop.delegates.join(DELEGATE_JOINER), count]
    // Cleaned before the formula check: a hidden character in front must not hide a formula.
    lines.push(cells.map((cell) => quoteCsvField(protectFormula(stripUnseen(cell)))).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

/** The roster as the JSON the landing page reads (see {@link RosterJson}), every string cleaned. */
export function rosterToJson(coops: readonly Coop[]): RosterJson {
  return stripUnseenDeep<RosterJson>({
    version: ROSTER_JSON_VERSION,
    coops: coops.map((coop) => ({
      id: coop.id,
      name: coop.name,
      country: coop.country,
      website: coop.website,
      description: coop.description,
      delegates: [...coop.delegates],
      ...(coop.delegateCount !== undefined ? { delegateCount: coop.delegateCount } : {}),
      color: CORNER_COLOR_HEX[coop.color],
      colorName: coop.color,
    })),
  })
}
