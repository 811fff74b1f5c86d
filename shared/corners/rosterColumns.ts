/**
 * The columns a roster CSV may have, and the header names each is recognised by (English and
 * Spanish, the community's two languages; case, accents and surrounding spaces ignored).
 */
import { foldForMatch } from '../text/fold'

/** The roster fields an import reads, in the order the export writes them. */
export const ROSTER_COLUMNS = ['name', 'country', 'website', 'description', 'delegates', 'delegateCount'] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]

/** Header names accepted for each column, already folded (see {@link foldHeader}). */
export const COLUMN_ALIASES: Readonly<Record<RosterColumn, readonly string[]>> = {
  name: ['name', 'nombre', 'coop', 'cooperative', 'cooperativa'],
  country: ['country', 'pais'],
  website: ['website', 'url', 'web', 'sitio web'],
  description: ['description', 'descripcion'],
  delegates: ['delegates', 'delegados', 'delegadas'],
  // A `delegates` column of whole numbers is read as a count too (rosterRows.ts).
  delegateCount: [
    'delegatecount',
    'delegate count',
    'delegates count',
    'number of delegates',
    'no. of delegates',
    'count',
    'numero de delegados',
    'numero de delegadas',
    'cantidad de delegados',
    'cantidad de delegadas',
  ],
}

/** A header cell folded for matching: lower case, no accents, single spaces, trimmed. */
export function foldHeader(cell: string): string {
  return foldForMatch(cell).replace(/\s+/g, ' ').trim()
}

/** The column a header cell names, or null for a column the roster does not read. */
export function columnOf(cell: string): RosterColumn | null {
  const folded = foldHeader(cell)
  for (const column of ROSTER_COLUMNS) {
    if (COLUMN_ALIASES[column].includes(folded)) return column
  }
  return null
}

/** How error messages list the accepted names of the name column. */
export const NAME_COLUMN_HINT = 'name (or nombre, coop, cooperative)'
