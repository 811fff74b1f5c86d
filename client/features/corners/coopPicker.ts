/**
 * Type-ahead over the board's roster for the join dialog: which coops match what someone has
 * typed, whether the text names a coop already on the roster, and which coops it was probably
 * meant to name when nothing matches ("did you mean…"). Pure.
 */
import { type Coop } from '../../../shared/corners/roster'
import { closestNames } from '../../../shared/text/closest'
import { foldForMatch, matchKey } from '../../../shared/text/fold'

/** How many suggestions the picker shows at most. */
export const MAX_SUGGESTIONS = 8

/**
 * The roster coop that `text` names, or null: the same name up to case, accents, spacing,
 * punctuation and letters like ł or ß ("spoldzielnia kodu" names "Spółdzielnia Kodu").
 */
export function findCoop(roster: readonly Coop[], text: string): Coop | null {
  const key = matchKey(text)
  if (key === '') return null
  return roster.find((coop) => matchKey(coop.name) === key) ?? null
}

/** 0 for a name starting with the query, 1 for a word of the name, 2 anywhere, 3 country. */
function rank(coop: Coop, query: string): number | null {
  const name = foldForMatch(coop.name)
  if (name.startsWith(query)) return 0
  if (name.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 1
  if (name.includes(query)) return 2
  if (foldForMatch(coop.country).includes(query)) return 3
  return null
}

const byName = (a: Coop, b: Coop): number => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })

/**
 * Coops matching `query` by name or country, best matches first, then by name. An empty query
 * lists the roster from the top, so the picker can be browsed.
 */
export function matchCoops(roster: readonly Coop[], query: string, limit = MAX_SUGGESTIONS): Coop[] {
  const folded = foldForMatch(query).trim()
  if (folded === '') return [...roster].sort(byName).slice(0, limit)
  const ranked: { coop: Coop; rank: number }[] = []
  for (const coop of roster) {
    const r = rank(coop, folded)
    if (r !== null) ranked.push({ coop, rank: r })
  }
  ranked.sort((a, b) => a.rank - b.rank || byName(a.coop, b.coop))
  return ranked.slice(0, limit).map((entry) => entry.coop)
}

/**
 * "Did you mean…": the roster coops closest to `text` when it names none and matches none
 * (see `closestNames`); none otherwise, since the picker's list then shows the matches.
 */
export function didYouMean(roster: readonly Coop[], text: string): Coop[] {
  if (text.trim() === '' || findCoop(roster, text) || matchCoops(roster, text, 1).length > 0) return []
  return closestNames(roster, (coop) => coop.name, text)
}
