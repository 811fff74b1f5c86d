/**
 * What the relation picker needs from the board document: which coops the roster holds (their
 * corners are what an arrow joins) and which labels the community offers. Plain module; the
 * hook (useRelationFacts.ts) only subscribes.
 */
import type * as Y from 'yjs'
import { DEFAULT_RELATION_LABELS } from '../../../shared/community/api'
import { COMMUNITY_MAP, CommunityKey, readRelationLabels } from '../../../shared/community/maps'
import { readRoster } from '../../../shared/corners/applyPlan'
import { ROSTER_MAP } from '../../../shared/corners/roster'

/** The named maps the facts are read from: a change to either reads them again. */
export const RELATION_FACT_MAPS: readonly string[] = [ROSTER_MAP, COMMUNITY_MAP]

/** The roster's coops and the relation labels on offer. */
export interface RelationFacts {
  rosterIds: ReadonlySet<string>
  /** Coop id → its name, for the picker's label. */
  names: ReadonlyMap<string, string>
  labels: readonly string[]
}

/** The facts of `doc` now: the community's labels, or the default ones on a board that has none. */
export function readRelationFacts(doc: Y.Doc): RelationFacts {
  const stored = readRelationLabels(doc.getMap<unknown>(COMMUNITY_MAP).get(CommunityKey.relationLabels))
  const roster = readRoster(doc)
  return {
    rosterIds: new Set(roster.map((coop) => coop.id)),
    names: new Map(roster.map((coop) => [coop.id, coop.name])),
    labels: stored && stored.length > 0 ? stored : DEFAULT_RELATION_LABELS,
  }
}

/** True when two readings hold the same coops (ids and names) and labels, so nothing re-renders for an unrelated change. */
export function sameRelationFacts(a: RelationFacts, b: RelationFacts): boolean {
  return (
    a.names.size === b.names.size &&
    [...a.names].every(([id, name]) => b.names.get(id) === name) &&
    a.labels.length === b.labels.length &&
    a.labels.every((label, i) => label === b.labels[i])
  )
}
