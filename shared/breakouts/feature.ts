/**
 * Breakouts' part of the board: sessions (facilitators), members, rapporteurs and calls
 * (everyone, within the change rules of ./rules.ts), and the rule that keeps the groups' areas
 * in facilitators' hands.
 */
import { facilitatorsOnly, type DocFeature } from '../feature'
import { MapWriters } from '../mapWriters'
import { isGroupAreaRecord } from './areas'
import { breakoutsSection } from './minutes'
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
 * change, delete or turn a shape into one; ending a session locks them. Notes dropped into an
 * area change the note's `parentId`, not the frame.
 */
export const breakoutAreaProblem = facilitatorsOnly(isGroupAreaRecord, 'only facilitators write breakout group areas')

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
  minutes: { sections: [{ order: 400, section: breakoutsSection }], reportsFrame: isGroupAreaRecord },
}
