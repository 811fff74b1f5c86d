/**
 * What a roster entry must be before the server stores it: the rules the board policy applies
 * to every write into the roster map, exported so clients can check what they write.
 */
import type * as Y from 'yjs'
import type { EntryChangeInput } from '../feature'
import { Role } from '../protocol'
import { coopIdFor, readCoop, ROSTER_LIMITS, ROSTER_MAP, type CoopDetails } from './roster'
import { cleanValue } from './rosterRows'
import { shortenText } from './shortenText'
import { isStoredWebsite, normalizeWebsite } from './website'

/**
 * Why `value` may not be stored under `key` in the roster map, or null when it may. Besides the
 * shape {@link readCoop} checks: the key is the coop's id, the name is not blank, every field
 * is within {@link ROSTER_LIMITS}, the website is blank or an http(s) address (clients render
 * it as a link), and the corner id, when set, names a shape. How the id relates to the name
 * depends on who writes: see {@link coopChangeProblem}.
 */
export function coopProblem(key: string, value: unknown): string | null {
  const coop = readCoop(value)
  if (!coop) return 'not a coop (id, name, country, website, description, delegates, color, cornerId)'
  if (coop.id !== key) return 'stored under a key other than its id'
  if (coop.name.trim() === '') return 'the name is blank'
  const lengths = [
    ['name', coop.name.length, ROSTER_LIMITS.name],
    ['country', coop.country.length, ROSTER_LIMITS.country],
    ['website', coop.website.length, ROSTER_LIMITS.website],
    ['description', coop.description.length, ROSTER_LIMITS.description],
    ['delegates', coop.delegates.length, ROSTER_LIMITS.delegates],
  ] as const
  for (const [field, length, limit] of lengths) {
    if (length > limit) return `${field} is over ${limit}`
  }
  if (coop.delegates.some((name) => name.length > ROSTER_LIMITS.delegateName || name.trim() === '')) {
    return `a delegate name is blank or over ${ROSTER_LIMITS.delegateName} characters`
  }
  if (coop.delegateCount !== undefined && coop.delegateCount > ROSTER_LIMITS.delegateCount) {
    return `delegateCount is over ${ROSTER_LIMITS.delegateCount}`
  }
  if (!isStoredWebsite(coop.website)) return 'the website is not an http(s) address'
  if (coop.cornerId !== null && !coop.cornerId.startsWith('shape:')) return 'cornerId is not a shape id'
  return null
}

/** True when `name` already stands for a coop of `doc`'s roster other than `key`: as its key or by its name. */
function twinOf(doc: Y.Doc, key: string, name: string): boolean {
  const nameId = coopIdFor(name)
  let twin = false
  doc.getMap<unknown>(ROSTER_MAP).forEach((value, other) => {
    if (twin || other === key) return
    const coop = readCoop(value)
    twin = other === nameId || (coop !== null && coopIdFor(coop.name) === nameId)
  })
  return twin
}

/**
 * Why this change of a roster entry may not be made, or null. A participant adds a coop under
 * {@link coopIdFor} of its name (so a re-import or a second delegate finds it and never adds a
 * twin); a facilitator may rename one, keeping its id, so everything tied to the id (its
 * corner, stances, rapporteur turns) stays tied. Nobody gives a coop a name another coop
 * already goes by, key or name: that is a merge, not a rename.
 */
export function coopChangeProblem({ doc, key, after, role }: EntryChangeInput): string | null {
  if (!after.present) return null
  const coop = readCoop(after.value)
  if (!coop) return null
  if (role !== Role.facilitator && coop.id !== coopIdFor(coop.name)) return 'the id is not the one its name gives'
  return twinOf(doc, key, coop.name) ? 'another coop already has this name' : null
}

/**
 * `details` brought within what {@link coopProblem} accepts: values cleaned and cut to
 * {@link ROSTER_LIMITS}, a website that is not an http(s) address dropped. For details that
 * come from a form rather than from `parseRosterText`, which reports such values instead.
 */
export function clampCoopDetails(details: CoopDetails): CoopDetails {
  const clamped: CoopDetails = { name: cleanValue(details.name).slice(0, ROSTER_LIMITS.name) }
  if (details.country !== undefined) clamped.country = cleanValue(details.country).slice(0, ROSTER_LIMITS.country)
  if (details.description !== undefined) clamped.description = shortenText(cleanValue(details.description), ROSTER_LIMITS.description)
  if (details.delegateCount !== undefined && details.delegateCount <= ROSTER_LIMITS.delegateCount)
    clamped.delegateCount = details.delegateCount
  if (details.website !== undefined) {
    const website = normalizeWebsite(cleanValue(details.website))
    clamped.website = website !== null && website.length <= ROSTER_LIMITS.website ? website : ''
  }
  if (details.delegates !== undefined) {
    clamped.delegates = details.delegates
      .map((name) => cleanValue(name).slice(0, ROSTER_LIMITS.delegateName))
      .filter((name) => name !== '')
      .slice(0, ROSTER_LIMITS.delegates)
  }
  return clamped
}
