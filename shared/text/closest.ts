/**
 * "Did you mean…": the names closest to what someone typed when nothing matches it, so a
 * mistyped coop ("Spoldzelnia", "Tecnologia Libre") leads to the one on the roster rather than
 * to a twin. Word by word on folded text (shared/text/fold.ts), forgiving a few typos per word
 * and a word typed only in part. Pure.
 */
import { foldedWords } from './fold'

/** How many suggestions are offered at most. */
export const MAX_CLOSEST = 3

/** Words shorter than this carry too little to suggest by ("de", "la", "co"). */
const MIN_WORD = 3

/** Edits forgiven in a typed word of `length` characters: one per four, at most three. */
function allowedEdits(length: number): number {
  return Math.min(3, Math.floor(length / 4))
}

/** Levenshtein distance (insertions, deletions, substitutions), by code point. */
export function editDistance(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[right.length] ?? 0
}

/** Edits from a typed word to a word of a name, or to its start when the word was typed in part. */
function wordDistance(typed: string, word: string): number {
  const whole = editDistance(typed, word)
  const length = [...typed].length
  if ([...word].length <= length) return whole
  return Math.min(whole, editDistance(typed, [...word].slice(0, length).join('')))
}

/** How close a name is to the typed words: how many match within their edits, and the edits they took. */
function closeness(typed: readonly string[], name: string): { matched: number; edits: number } {
  const words = foldedWords(name)
  let matched = 0
  let edits = 0
  for (const word of typed) {
    let best = Infinity
    for (const candidate of words) best = Math.min(best, wordDistance(word, candidate))
    if (best <= allowedEdits([...word].length)) {
      matched++
      edits += best
    }
  }
  return { matched, edits }
}

/**
 * The items whose name is closest to `query`, best first: those where at least half of the
 * typed words of three or more characters match a word of the name within a few edits (one per
 * four characters) or its start, ranked by words matched, then by edits, then by name. None
 * when the query has no such word. Meant for when an ordinary search found nothing.
 */
export function closestNames<T>(items: readonly T[], nameOf: (item: T) => string, query: string, limit = MAX_CLOSEST): T[] {
  const typed = foldedWords(query).filter((word) => [...word].length >= MIN_WORD)
  if (typed.length === 0) return []
  const needed = Math.ceil(typed.length / 2)
  const ranked: { item: T; name: string; matched: number; edits: number }[] = []
  for (const item of items) {
    const name = nameOf(item)
    const { matched, edits } = closeness(typed, name)
    if (matched >= needed) ranked.push({ item, name, matched, edits })
  }
  ranked.sort((a, b) => b.matched - a.matched || a.edits - b.edits || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
  return ranked.slice(0, limit).map((entry) => entry.item)
}
