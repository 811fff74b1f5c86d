/**
 * Corners' part of the board: the coop roster map, and the rule that keeps coop corners (frames
 * with `meta.coopId`) in facilitators' hands once they exist.
 */
import { recordsMap } from '../boardDoc'
import { isResent, type DocFeature, type Problem, type RecordChangeInput } from '../feature'
import { MapWriters } from '../mapWriters'
import { isGrowthOnly } from '../placement/growth'
import { makeRoomBelowGrown } from '../placement/makeRoom'
import { Role } from '../protocol'
import { coopChangeProblem, coopProblem } from './coopRules'
import { isCornerRecord } from './cornerRecord'
import { cornersSection } from './minutes'
import { CORNERS_MINUTES_MESSAGES } from './minutes.locales'
import { newCoopEntryProblem, newCornerProblem } from './newCoops'
import { ROSTER_MAP } from './roster'

/**
 * Coop corners (frames with `meta.coopId`): anyone who edits may create one or make it taller
 * (shared/placement/growth.ts), only facilitators otherwise change or delete one. Turning an
 * existing shape into a corner counts as changing it, or a participant could claim any frame
 * and keep everyone else from touching it. Notes dropped into a corner change the note's
 * `parentId`, not the frame, so they are not affected.
 */
export function cornerProblem({ role, before, after }: RecordChangeInput): Problem | null {
  if (role === Role.facilitator || !before.present) return null
  const touchesCorner = isCornerRecord(before.value) || (after.present && isCornerRecord(after.value))
  // Growing a corner downwards is how "Add sticky note" keeps a full corner's notes inside it.
  if (!touchesCorner || isResent(before, after) || isGrowthOnly(before, after)) return null
  if (!isCornerRecord(before.value)) return { reason: 'facilitator_only', detail: 'only facilitators turn a shape into a coop corner' }
  return {
    reason: 'facilitator_only',
    detail: after.present ? 'only facilitators change a coop corner' : 'only facilitators delete a coop corner',
  }
}

/** Coop corners and the roster. */
export const cornersFeature: DocFeature = {
  id: 'corners',
  maps: {
    // The coop roster (./roster.ts): coop id → Coop. Everyone may add their coop; only
    // facilitators rewrite (rename, merge) or remove one.
    // While a facilitator has turned new coops off (./newCoops.ts), participants add none.
    [ROSTER_MAP]: {
      writers: MapWriters.everyoneAddsFacilitatorsEdit,
      value: coopProblem,
      change: (change) => coopChangeProblem(change) ?? newCoopEntryProblem(change),
    },
  },
  recordRules: [cornerProblem, newCornerProblem],
  // A corner grown taller pushes the corners below it down, so it covers none of them.
  afterRecordsReviewed: (doc, changes) => makeRoomBelowGrown(recordsMap(doc), changes, isCornerRecord),
  minutes: { sections: [{ order: 300, section: cornersSection }], reportsFrame: isCornerRecord, messages: CORNERS_MINUTES_MESSAGES },
}
