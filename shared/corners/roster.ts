/**
 * The coop roster: the member cooperatives of a board, kept in the board document so it
 * syncs, persists and exports with it, and reusable as data (JSON, CSV). Pure functions.
 */
import { z } from 'zod'
import { NOTE_COLORS, type NoteColor } from '../notes'
import { dashWords, matchKey, stripAccents } from '../text/fold'
import { readWith } from '../values'

/** Top-level Y.Map of the roster: coop id → {@link Coop} as plain JSON. */
export const ROSTER_MAP = 'plenary:coops'

/**
 * Longest accepted values, in UTF-16 units as `String.length` counts them (shared/values.ts).
 * A description holds several paragraphs: 5,000 units are at most 15 KB of UTF-8 (3 bytes per
 * unit, e.g. CJK), so a whole coop entry stays far below the 64 KiB per named-map value, and a
 * full 1,000-coop import (at most 1 MiB of text) stays well inside the board's budget.
 */
export const ROSTER_LIMITS = {
  name: 80,
  country: 60,
  website: 200,
  description: 5000,
  delegates: 40,
  delegateName: 60,
  /** Largest delegate count: a coop sends a handful; more is a column of something else. */
  delegateCount: 999,
} as const

/** One member cooperative, as the roster map stores it. */
export const coopSchema = z.object({
  /** Stable id derived from the name ({@link coopIdFor}); matches re-imports of the same coop. */
  id: z.string(),
  name: z.string(),
  country: z.string(),
  website: z.string(),
  /** One line about the coop. */
  description: z.string(),
  /** Names of its delegates, as the roster lists them. */
  delegates: z.array(z.string()),
  /** How many delegates the coop sends, when the roster gives a count rather than names. */
  delegateCount: z.number().int().min(0).optional(),
  /** tldraw colour of its corner. */
  color: z.enum(NOTE_COLORS),
  /** Id of its corner (a tldraw frame shape), or null before one is made. */
  cornerId: z.string().nullable(),
})

/** One member cooperative. */
export type Coop = z.infer<typeof coopSchema>

/** What an import row or the join dialog says about a coop. */
export type CoopDetails = Pick<Coop, 'name'> & Partial<Pick<Coop, 'country' | 'website' | 'description' | 'delegates' | 'delegateCount'>>

/** Colours for corners, in the order they are handed out; light ones are skipped for contrast. */
export const CORNER_COLORS: readonly NoteColor[] = NOTE_COLORS.filter((color) => color !== 'white' && color !== 'grey' && color !== 'black')

/**
 * The id of a coop with this name: lower case, accents and punctuation folded, so that
 * "Cooperativa Sur", "cooperativa  sur" and "Cooperativa Súr" are one coop. Accents are
 * dropped from Latin, Greek and Cyrillic letters only (see `stripAccents`). Letters without
 * a decomposition (ł, ø, ß…) stay in the id, as they always have: boards store these ids, so
 * they never change. Matching what people type folds those letters too (`matchKey`,
 * shared/text/fold.ts), and the join dialog then stores the roster's own spelling, so
 * "spoldzielnia kodu" joins "społdzielnia-kodu" rather than making a twin.
 */
export function coopIdFor(name: string): string {
  const slug = dashWords(stripAccents(name).toLowerCase())
  return slug === '' ? 'coop' : slug
}

/**
 * Finds the roster id a coop name stands for on `coops`: the coop whose id is {@link coopIdFor}
 * the name, else one a facilitator renamed to that name (ids stay when a coop is renamed),
 * else one whose name matches it with letters like ł, ø and ß folded (`matchKey`: a list
 * typed without them names the same coop), else coopIdFor the name (a coop new to the
 * roster). Built once, so a 10,000-row import stays linear.
 */
export function rosterIdResolver(coops: readonly Pick<Coop, 'id' | 'name'>[]): (name: string) => string {
  const ids = new Set(coops.map((coop) => coop.id))
  const renamed = new Map<string, string>()
  const folded = new Map<string, string>()
  for (const coop of coops) {
    const slug = coopIdFor(coop.name)
    if (slug !== coop.id && !renamed.has(slug)) renamed.set(slug, coop.id)
    const key = matchKey(coop.name)
    if (!folded.has(key)) folded.set(key, coop.id)
  }
  return (name) => {
    const slug = coopIdFor(name)
    return ids.has(slug) ? slug : (renamed.get(slug) ?? folded.get(matchKey(name)) ?? slug)
  }
}

/**
 * The name a known coop keeps when an import names it `imported`: the import's spelling,
 * unless it only drops letters the roster has (ł, ø, ß…): "Spoldzielnia Kodu" in a list
 * never renames "Spółdzielnia Kodu".
 */
function importedName(known: Pick<Coop, 'name'>, imported: string): string {
  const onlyFolded = imported !== known.name && matchKey(imported) === matchKey(known.name) && coopIdFor(imported) !== coopIdFor(known.name)
  return onlyFolded ? known.name : imported
}

/** Narrows a value from the roster map to a coop, or null. Lengths are the value rule's (coopRules.ts). */
export const readCoop = readWith(coopSchema)

/** The roster sorted by name, as lists show it. */
export function sortedRoster(coops: Iterable<Coop>): Coop[] {
  return [...coops].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id))
}

/** The result of merging imported details into a roster. */
export interface RosterMerge {
  /** Coops to write (new or changed), in import order. */
  changed: Coop[]
  added: Coop[]
  updated: Coop[]
  unchanged: number
}

/**
 * Merges imported coops into the roster: new coops are added (with the next unused corner
 * colour), known ones (same {@link coopIdFor} id) get their details updated where the import
 * gives a value. Nothing is ever removed, and a coop is never duplicated.
 */
export function mergeRoster(existing: readonly Coop[], imported: readonly CoopDetails[]): RosterMerge {
  const byId = new Map(existing.map((coop) => [coop.id, coop]))
  const usedColors = existing.map((coop) => coop.color)
  const result: RosterMerge = { changed: [], added: [], updated: [], unchanged: 0 }
  const idFor = rosterIdResolver(existing)
  for (const details of imported) {
    const id = idFor(details.name)
    const known = byId.get(id)
    if (!known) {
      const coop: Coop = {
        id,
        name: details.name,
        country: details.country ?? '',
        website: details.website ?? '',
        description: details.description ?? '',
        delegates: details.delegates ?? [],
        ...(details.delegateCount !== undefined ? { delegateCount: details.delegateCount } : {}),
        color: nextColor(usedColors),
        cornerId: null,
      }
      usedColors.push(coop.color)
      byId.set(id, coop)
      result.added.push(coop)
      result.changed.push(coop)
      continue
    }
    const next: Coop = {
      ...known,
      name: importedName(known, details.name),
      country: details.country || known.country,
      website: details.website || known.website,
      description: details.description || known.description,
      delegates: details.delegates && details.delegates.length > 0 ? details.delegates : known.delegates,
    }
    const delegateCount = details.delegateCount ?? known.delegateCount
    if (delegateCount !== undefined) next.delegateCount = delegateCount
    if (JSON.stringify(next) === JSON.stringify(known)) {
      result.unchanged++
      continue
    }
    byId.set(id, next)
    result.updated.push(next)
    result.changed.push(next)
  }
  return result
}

/** The least used corner colour, earliest in the palette on ties, so neighbours differ. */
function nextColor(used: readonly NoteColor[]): NoteColor {
  let best: NoteColor = CORNER_COLORS[0] ?? 'yellow'
  let bestCount = Infinity
  for (const color of CORNER_COLORS) {
    const count = used.filter((c) => c === color).length
    if (count < bestCount) {
      best = color
      bestCount = count
    }
  }
  return best
}
