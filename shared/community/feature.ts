/**
 * The community's part of a board: which community the board belongs to and the rotation so far
 * (written by the server when it makes a meeting), the working groups, the baseline the sync back
 * compares with, and the working groups' report at the meeting. Facilitators write every map
 * (the server writes as one); the report has its section in the minutes.
 */
import { facilitatorsOnly, type DocFeature } from '../feature'
import { MapWriters } from '../mapWriters'
import { areaGroupId } from './areaCopy'
import { isLastTimeFrame } from './lastTime'
import { COMMUNITY_BASELINE_MAP, COMMUNITY_MAP, WG_REPORT_MAP, WORKING_GROUPS_MAP } from './maps'
import { workingGroupsSection } from './minutes'
import { COMMUNITY_MINUTES_MESSAGES } from './minutes.locales'
import { baselineEntryProblem, communityEntryProblem, workingGroupProblem, workingGroupReportProblem } from './rules'

/**
 * The community's frames: working-group areas (they last on the standing board) and the "Last
 * time" frame. Only facilitators create, move, resize, rename or delete one; what is inside
 * (notes whose parent is the frame) stays open to everyone who edits.
 */
export function isCommunityFrame(record: unknown): boolean {
  return areaGroupId(record) !== null || isLastTimeFrame(record)
}

/** The community on a board. */
export const communityFeature: DocFeature = {
  id: 'community',
  maps: {
    [COMMUNITY_MAP]: { writers: MapWriters.facilitators, value: communityEntryProblem },
    [WORKING_GROUPS_MAP]: { writers: MapWriters.facilitators, value: workingGroupProblem },
    [WG_REPORT_MAP]: { writers: MapWriters.facilitators, value: workingGroupReportProblem },
    [COMMUNITY_BASELINE_MAP]: { writers: MapWriters.facilitators, value: baselineEntryProblem },
  },
  recordRules: [facilitatorsOnly(isCommunityFrame, 'only facilitators change a working group’s area or the last meeting’s frame')],
  // After the breakouts (400): the working groups report after the groups of the day.
  minutes: { sections: [{ order: 450, section: workingGroupsSection }], messages: COMMUNITY_MINUTES_MESSAGES },
}
