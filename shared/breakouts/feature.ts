/**
 * Breakouts' part of the board: sessions (facilitators), members, rapporteurs and calls
 * (everyone, within the change rules of ./rules.ts), and the rule that keeps the groups' areas
 * in facilitators' hands.
 */
import { recordsMap } from '../boardDoc'
import { facilitatorsOnly, type DocFeature, type RecordRule } from '../feature'
import { MapWriters } from '../mapWriters'
import { isGrowthOnly } from '../placement/growth'
import { makeRoomBelowGrown } from '../placement/makeRoom'
import { isGroupAreaRecord } from './areas'
import { breakoutsSection } from './minutes'
import { BREAKOUTS_MINUTES_MESSAGES } from './minutes.locales'
import {
  callChangeProblem,
  callProblem,
  memberChangeProblem,
  memberProblem,
  rapporteurChangeProblem,
  rapporteurProblem,
  sessionProblem,
} from './rules'
import { BREAKOUT_CALLS_MAP, BREAKOUT_MEMBERS_MAP, BREAKOUTS_MAP, RAPPORTEURS_MAP } from './types'

/**
 * Breakout group areas (frames with `meta.breakout`, ./areas.ts): only facilitators create,
 * change, delete or turn a shape into one (anyone may make one taller); ending a session
 * locks them. Notes dropped into an area change the note's `parentId`, not the frame.
 */
const facilitatorsWriteAreas = facilitatorsOnly(isGroupAreaRecord, 'only facilitators write breakout group areas')

/** {@link facilitatorsWriteAreas}, except that anyone may make an area taller to hold a new note. */
export const breakoutAreaProblem: RecordRule = (change) =>
  isGrowthOnly(change.before, change.after) ? null : facilitatorsWriteAreas(change)

/** Breakout sessions and their group areas. */
export const breakoutsFeature: DocFeature = {
  id: 'breakouts',
  // The change rules bind participants only; facilitators may write whatever the value rules accept.
  maps: {
    [BREAKOUTS_MAP]: { writers: MapWriters.facilitators, value: sessionProblem },
    [BREAKOUT_MEMBERS_MAP]: { writers: MapWriters.everyone, value: memberProblem, change: memberChangeProblem },
    [RAPPORTEURS_MAP]: { writers: MapWriters.everyone, value: rapporteurProblem, change: rapporteurChangeProblem },
    [BREAKOUT_CALLS_MAP]: { writers: MapWriters.everyoneAddsFacilitatorsEdit, value: callProblem, change: callChangeProblem },
  },
  recordRules: [breakoutAreaProblem],
  // A group area grown taller pushes what is below it down, so it covers nothing.
  afterRecordsReviewed: (doc, changes) => makeRoomBelowGrown(recordsMap(doc), changes, isGroupAreaRecord),
  minutes: { sections: [{ order: 400, section: breakoutsSection }], reportsFrame: isGroupAreaRecord, messages: BREAKOUTS_MINUTES_MESSAGES },
}
