/**
 * The roster a community board serves (`GET /api/boards/:id/roster.json`): the community's, kept
 * on its standing board, seen from that board: what the board itself changed, added or removed
 * since its baseline and the sync has not yet carried back counts over the standing copy. Pure.
 */
import type * as Y from 'yjs'
import { readRoster } from '../corners/applyPlan'
import { sortedRoster, type Coop } from '../corners/roster'
import { meetingChanges } from './syncBack'

/** The community roster `standing` (the standing board's) as board `doc` sees it. */
export function communityRosterOn(doc: Y.Doc, standing: readonly Coop[]): Coop[] {
  if (standing.length === 0) return readRoster(doc)
  const changes = meetingChanges(doc)
  const coops = new Map(standing.map((coop) => [coop.id, coop]))
  for (const { id } of changes.deletedCoops) coops.delete(id)
  for (const { value } of changes.coops) coops.set(value.id, value)
  return sortedRoster(coops.values())
}
