/**
 * Reading the roster from a board document, and writing a {@link RosterPlan} into it.
 */
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import type { RosterPlan } from './importPlan'
import { readCoop, ROSTER_MAP, sortedRoster, type Coop } from './roster'

/** The roster map of a board document: coop id → {@link Coop} as plain JSON. */
export function rosterMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROSTER_MAP)
}

/** The roster of `doc`, sorted by name; entries that are not coops, or sit under another key than their id, are skipped. */
export function readRoster(doc: Y.Doc): Coop[] {
  const coops: Coop[] = []
  rosterMap(doc).forEach((value, key) => {
    const coop = readCoop(value)
    if (coop && coop.id === key) coops.push(coop)
  })
  return sortedRoster(coops)
}

/** A fresh plain copy, so the document never shares objects with the caller's plan. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * Writes the plan's roster entries and corner frames in one transaction tagged `origin`: it
 * leaves as one update, so peers never see half an import, and a binding that skips only its
 * own origin applies the frames to its tldraw store as remote changes. (The server still
 * reviews each entry: what the writer's role may not change is undone for everyone.)
 */
export function applyRosterPlan(doc: Y.Doc, plan: RosterPlan, origin: unknown): void {
  if (plan.coops.length === 0 && plan.corners.length === 0) return
  const roster = rosterMap(doc)
  const records = recordsMap(doc)
  doc.transact(() => {
    for (const coop of plan.coops) roster.set(coop.id, plain(coop))
    for (const corner of plan.corners) records.set(corner.id, plain(corner))
  }, origin)
}
