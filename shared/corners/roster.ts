/**
 * The coop roster: the member cooperatives of a board, kept in the board document so it
 * syncs, persists and exports with it, and reusable as data (JSON, CSV). Pure functions.
 */
import { z } from 'zod'
import { NOTE_COLORS, type NoteColor } from '../notes'
import { readWith } from '../values'

/** Top-level Y.Map of the roster: coop id → {@link Coop} as plain JSON. */
export const ROSTER_MAP = 'plenary:coops'

/** Longest accepted values, in characters. */
export const ROSTER_LIMITS = {
  name: 80,
  country: 60,
  website: 200,
  description: 200,
  delegates: 40,
  delegateName: 60,
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
  /** tldraw colour of its corner. */
  color: z.enum(NOTE_COLORS),
  /** Id of its corner (a tldraw frame shape), or null before one is made. */
  cornerId: z.string().nullable(),
})

/** One member cooperative. */
export type Coop = z.infer<typeof coopSchema>

/** What an import row or the join dialog says about a coop. */
export type CoopDetails = Pick<Coop, 'name'> & Partial<Pick<Coop, 'country' | 'website' | 'description' | 'delegates'>>

/** Colours for corners, in the order they are handed out; light ones are skipped for contrast. */
export const CORNER_COLORS: readonly NoteColor[] = NOTE_COLORS.filter(
  (color) => color !== 'white' && color !== 'grey' && color !== 'black',
)

/**
 * The id of a coop with this name: lower case, accents and punctuation folded, so that
 * "Cooperativa Sur", "cooperativa  sur" and "Cooperativa Súr" are one coop. Accents are
 * dropped from Latin, Greek and Cyrillic letters only: in other scripts a combining mark
 * changes the word (Japanese コード "code" and コート "coat" differ by one).
 */
export function coopIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? 'coop' : slug
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
  for (const details of imported) {
    const id = coopIdFor(details.name)
    const known = byId.get(id)
    if (!known) {
      const coop: Coop = {
        id,
        name: details.name,
        country: details.country ?? '',
        website: details.website ?? '',
        description: details.description ?? '',
        delegates: details.delegates ?? [],
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
      name: details.name,
      country: details.country || known.country,
      website: details.website || known.website,
      description: details.description || known.description,
      delegates: details.delegates && details.delegates.length > 0 ? details.delegates : known.delegates,
    }
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
