/**
 * Report-back's camera: when a group gets the floor, every browser goes once to that group's
 * area, zoomed to fit. The presenter's browser goes there, so the view its presence carries is
 * the area; the followers' browsers go there too, on their own, so they see the group even
 * before (or without) the presenter's presence arriving; from then on the stage keeps them on
 * the presenter's view, which is the same area until the presenter pans. Once per floor change,
 * never on every render: the presenter stays free to pan. Pure: the hook remembers the last key.
 */
import type { BreakoutSession } from '../../../shared/breakouts/types'

/** Which group has the floor in report-back, and where its area is. */
export interface FloorPhase {
  /** Changes whenever the floor passes, even back to a group that had it before. */
  key: string
  areaId: string
}

/** The group with the floor in `session`'s report-back, or null while no group has it. */
export function floorPhase(session: BreakoutSession | null): FloorPhase | null {
  const reportBack = session?.reportBack
  if (!session || !reportBack || reportBack.current === null) return null
  const groupId = reportBack.order[reportBack.current]
  const group = session.groups.find((candidate) => candidate.id === groupId)
  return group ? { key: `${session.id}/${reportBack.current}/${group.id}`, areaId: group.areaId } : null
}

/**
 * The area to fly to on going from the floor `previousKey` (null: none, or nothing seen yet in
 * this browser, as after a reload) to `next`, or null to leave the view alone.
 */
export function planFloorMove(previousKey: string | null, next: FloorPhase | null): string | null {
  if (!next || next.key === previousKey) return null
  return next.areaId
}
