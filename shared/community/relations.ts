/**
 * How a community's coops relate: an arrow on any of its boards from one coop's corner to
 * another's, labelled with one of the community's relation labels (which arrows join two coops
 * is ./arrowCoops.ts's answer), and working-group membership, which relates every two coops of
 * a group. Pure.
 */
import type * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { readRoster } from '../corners/applyPlan'
import { matchKey } from '../text/fold'
import { WORKING_GROUP_RELATION, type Relation } from './api'
import { coopArrows, relationLabelOf } from './arrowCoops'
import type { WorkingGroup } from './maps'

/**
 * The relations arrows make on one board: every arrow joining two coops of the board's roster
 * whose label is one of `labels` (folded), written with the community's spelling of the label.
 */
export function arrowRelationsOf(doc: Y.Doc, labels: readonly string[]): Relation[] {
  const rosterIds = new Set(readRoster(doc).map((coop) => coop.id))
  return coopArrows(recordsMap(doc), rosterIds).flatMap((arrow) => {
    const label = relationLabelOf(arrow.label, labels)
    return label === null ? [] : [{ source: arrow.source, target: arrow.target, label, origin: 'arrow' as const }]
  })
}

/**
 * One {@link WORKING_GROUP_RELATION} per pair of coops in a working group, the coop with the
 * smaller id first. `known` (the roster's ids) leaves out coops no longer on it.
 */
export function workingGroupRelations(groups: readonly WorkingGroup[], known: ReadonlySet<string>): Relation[] {
  const relations: Relation[] = []
  for (const group of groups) {
    const coops = [...new Set(group.coopIds)].filter((id) => known.has(id)).sort()
    for (let i = 0; i < coops.length; i++) {
      for (let j = i + 1; j < coops.length; j++) {
        relations.push({ source: coops[i] ?? '', target: coops[j] ?? '', label: WORKING_GROUP_RELATION, origin: 'workingGroup' })
      }
    }
  }
  return relations
}

/**
 * Each relation once: two coops related by the same label (folded) are one relation, whichever
 * way its arrows point and on however many boards it was drawn (a meeting board copies the
 * standing board's areas, arrows and all). The first one seen is kept, with its direction.
 */
export function uniqueRelations(relations: readonly Relation[]): Relation[] {
  const seen = new Set<string>()
  return relations.filter((relation) => {
    const [a, b] = relation.source < relation.target ? [relation.source, relation.target] : [relation.target, relation.source]
    const key = JSON.stringify([a, b, matchKey(relation.label)])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
