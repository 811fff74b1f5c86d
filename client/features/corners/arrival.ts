/**
 * Arriving on a board as a delegate: the person's coop gets its corner when they asked for
 * one and it has none, and the camera goes to that corner.
 */
import type { Editor } from 'tldraw'
import type { Arrival } from '../boardFeature'
import { cornerOf, cornersByCoop } from '../../../shared/corners/cornerRecord'
import { planCreateCorner, type CreateCornerPlan } from '../../../shared/corners/importPlan'
import type { RosterAccess } from './rosterAccess'
import { flyToShape, whenShapeExists } from './camera'
import { findCoop } from './coopPicker'

/** Where a person arrives: their coop as they typed or picked it, and whether to create its corner. */
export type { Arrival }

/**
 * The corner of `arrival.coop`, created first when asked for and missing. Planned against the
 * document as it is now, not against the roster the join dialog saw: someone else may have
 * created the same coop in between, and then this joins theirs instead of adding another.
 * Returns the corner's shape id, or null when the coop has none.
 */
export function cornerForArrival(access: RosterAccess, pageId: string, arrival: Arrival): string | null {
  const name = arrival.coop.trim()
  if (name === '') return null
  const coops = access.getRoster()
  const records = access.getRecords()
  const known = findCoop(coops, name)
  // The frame's meta.coopId ties a corner to its coop; the roster's cornerId is only a hint.
  const corner = known ? cornerOf(known, cornersByCoop(records)) : null
  if (corner) return corner.id
  if (!arrival.createCorner || !access.canWrite) return null
  let plan: CreateCornerPlan
  try {
    plan = planCreateCorner({ coops, records, details: { name }, pageId })
  } catch {
    // A name without letters or digits makes no coop; the person simply has no corner.
    return null
  }
  return access.apply(plan) ? plan.cornerId : null
}

/** Goes to the corner of `arrival`, creating it when asked; resolves true once the camera moved. */
export async function arrive(editor: Editor, access: RosterAccess, arrival: Arrival): Promise<boolean> {
  const cornerId = cornerForArrival(access, editor.getCurrentPageId(), arrival)
  if (!cornerId) return false
  if (!(await whenShapeExists(editor, cornerId))) return false
  return flyToShape(editor, cornerId)
}
