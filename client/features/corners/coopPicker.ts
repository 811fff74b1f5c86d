/**
 * Type-ahead over the board's roster for the join dialog: which coops match what someone has
 * typed, and whether the text names a coop already on the roster. Pure.
 */
import { coopIdFor, type Coop } from '../../../shared/corners/roster'

/** How many suggestions the picker shows at most. */
export const MAX_SUGGESTIONS = 8

/** Lower case without accents, so "cooperativa sur" finds "Cooperativa Súr". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

/** The roster coop that `text` names (same {@link coopIdFor} id), or null. */
export function findCoop(roster: readonly Coop[], text: string): Coop | null {
  if (text.trim() === '') return null
  const id = coopIdFor(text)
  return roster.find((coop) => coop.id === id) ?? null
}

/** 0 for a name starting with the query, 1 for a word of the name, 2 anywhere, 3 country. */
function rank(coop: Coop, query: string): number | null {
  const name = fold(coop.name)
  if (name.startsWith(query)) return 0
  if (name.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 1
  if (name.includes(query)) return 2
  if (fold(coop.country).includes(query)) return 3
  return null
}

/**
 * Coops matching `query` by name or country, best matches first, then by name. An empty query
 * lists the roster from the top, so the picker can be browsed.
 */
export function matchCoops(roster: readonly Coop[], query: string, limit = MAX_SUGGESTIONS): Coop[] {
  const folded = fold(query)
  const byName = (a: Coop, b: Coop): number => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })
  if (folded === '') return [...roster].sort(byName).slice(0, limit)
  const ranked: { coop: Coop; rank: number }[] = []
  for (const coop of roster) {
    const r = rank(coop, folded)
    if (r !== null) ranked.push({ coop, rank: r })
  }
  ranked.sort((a, b) => a.rank - b.rank || byName(a.coop, b.coop))
  return ranked.slice(0, limit).map((entry) => entry.coop)
}
