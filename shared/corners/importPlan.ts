/**
 * Planning what an import or a new corner writes, without writing it: roster entries (new
 * coops, updated details, corner links) and corner frames, computed from the board as it is.
 * A plan is written by `applyRosterPlan` in one transaction. Pure.
 */
import type { StoredRecord } from '../boardDoc'
import { clampCoopDetails } from './coopRules'
import { cornerOf, cornersByCoop } from './cornerRecord'
import { placeNewCorners } from './cornerPlacement'
import { mergeRoster, rosterIdResolver, type Coop, type CoopDetails } from './roster'

/** What a plan writes, and what it means in numbers for the person importing. */
export interface RosterPlan {
  /**
   * Roster entries to write: new coops and changed ones (details, or the link to their corner),
   * with `cornerId` set for those getting a corner. `summary.added + summary.updated` of them.
   */
  coops: Coop[]
  /**
   * Frame records to write: new corners, and existing corners whose label or colour no longer
   * matches their coop's (relabelled where they are).
   */
  corners: StoredRecord[]
  summary: {
    /** Coops new to the roster. */
    added: number
    /** Coops already on the roster whose entry changes. */
    updated: number
    /** Coops named by the import whose entry stays as it is. */
    unchanged: number
    /** Corner frames created (new coops, and named coops whose corner is gone). */
    corners: number
  }
}

/** The board an import is planned against, and the rows to import. */
export interface RosterImportInput {
  /** The roster now (`readRoster`). */
  coops: readonly Coop[]
  /** Every record of the board now. */
  records: readonly StoredRecord[]
  /** The coops to import, e.g. from `parseRosterText`. */
  rows: readonly CoopDetails[]
  /** The page new corners go on. */
  pageId: string
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The corner with its label and colour set to the coop's, or null when they already match. */
function relabelled(corner: StoredRecord, coop: Coop): StoredRecord | null {
  const props = typeof corner.props === 'object' && corner.props !== null ? (corner.props as Record<string, unknown>) : {}
  if (props.name === coop.name && props.color === coop.color) return null
  return { ...corner, props: { ...props, name: coop.name, color: coop.color } }
}

/**
 * Plans importing `rows` into the roster. New coops are added with a corner; coops already on
 * the roster (same `coopIdFor` id) get the details the rows give; nothing is removed and no
 * coop is duplicated, however often the same list is imported. A named coop whose corner is
 * gone gets a new one; existing corners stay where they are. New corners go on `pageId`,
 * continuing the grid of the corners there and overlapping no shape on that page.
 */
export function planRosterImport(input: RosterImportInput): RosterPlan {
  const rows = input.rows.map(clampCoopDetails)
  const before = new Map(input.coops.map((coop) => [coop.id, coop]))
  const merge = mergeRoster(input.coops, rows)
  const after = new Map(before)
  for (const coop of merge.changed) after.set(coop.id, coop)

  const corners = cornersByCoop(input.records)
  const idFor = rosterIdResolver(input.coops)
  const named = [...new Set(rows.map((row) => idFor(row.name)))]
  const cornerless: Coop[] = []
  const relabels: StoredRecord[] = []
  for (const id of named) {
    const coop = after.get(id)
    if (!coop) continue
    const corner = cornerOf(coop, corners)
    if (!corner) {
      cornerless.push(coop)
      continue
    }
    const linked = corner.id === coop.cornerId ? coop : { ...coop, cornerId: corner.id }
    after.set(id, linked)
    const label = relabelled(corner, linked)
    if (label) relabels.push(label)
  }
  const placed = placeNewCorners(cornerless, input.records, input.pageId)
  for (const coop of placed.coops) after.set(coop.id, coop)

  const coops = named.map((id) => after.get(id)).filter((coop): coop is Coop => coop !== undefined && !sameJson(coop, before.get(coop.id)))
  const added = coops.filter((coop) => !before.has(coop.id)).length
  return {
    coops,
    corners: [...placed.corners, ...relabels],
    summary: { added, updated: coops.length - added, unchanged: named.length - coops.length, corners: placed.corners.length },
  }
}

/** The board a participant's own corner is planned against, and what they said about their coop. */
export interface CreateCornerInput {
  coops: readonly Coop[]
  records: readonly StoredRecord[]
  details: CoopDetails
  pageId: string
}

/** A {@link RosterPlan} for one coop's corner, with the coop and the id of the corner to go to. */
export interface CreateCornerPlan extends RosterPlan {
  /** The coop as the roster will hold it (its entry is not rewritten when it was already there). */
  coop: Coop
  /** The corner to fly to: the existing one, or the one the plan creates. */
  cornerId: string
}

/**
 * Plans the corner of a participant's own coop, from the join dialog. A coop new to the roster
 * is added with a corner. A coop already on it keeps its entry as it is, since participants
 * may add roster entries but not change them: if it has a corner the plan writes nothing and
 * names it (the client flies there), else it creates the missing frame, tied to the coop by
 * its `meta.coopId`. So the plan only ever adds, and is allowed for any role that writes.
 * Throws when the name has no letters or digits (the dialog asks for a name first).
 */
export function planCreateCorner(input: CreateCornerInput): CreateCornerPlan {
  const details = clampCoopDetails(input.details)
  if (!/[\p{L}\p{N}]/u.test(details.name)) throw new RangeError('a coop name needs letters or digits')
  const id = rosterIdResolver(input.coops)(details.name)
  const existing = input.coops.find((coop) => coop.id === id)
  if (existing) {
    const corner = cornerOf(existing, cornersByCoop(input.records))
    if (corner) {
      return { coops: [], corners: [], summary: { added: 0, updated: 0, unchanged: 1, corners: 0 }, coop: existing, cornerId: corner.id }
    }
    const placed = placeNewCorners([existing], input.records, input.pageId)
    const frame = placed.corners[0]
    if (!frame) throw new Error('corner placement came up short')
    return { coops: [], corners: [frame], summary: { added: 0, updated: 0, unchanged: 1, corners: 1 }, coop: existing, cornerId: frame.id }
  }
  const [added] = mergeRoster(input.coops, [details]).added
  if (!added) throw new Error('a coop new to the roster was not added')
  const placed = placeNewCorners([added], input.records, input.pageId)
  const coop = placed.coops[0]
  const frame = placed.corners[0]
  if (!coop || !frame) throw new Error('corner placement came up short')
  return { coops: [coop], corners: [frame], summary: { added: 1, updated: 0, unchanged: 0, corners: 1 }, coop, cornerId: frame.id }
}
