/**
 * The meeting's part of the board: the facilitator-only settings map, which holds the next
 * meeting (./meeting.ts). Its value rule checks the keys it knows and lets others pass.
 */
import type { DocFeature } from '../feature'
import { MapWriters } from '../mapWriters'
import { SETTINGS_MAP, settingsEntryProblem } from './meeting'
import { nextMeetingHeader } from './minutes'
import { MEETING_MINUTES_MESSAGES } from './minutes.locales'

/** The meeting's settings (the next meeting). */
export const meetingFeature: DocFeature = {
  id: 'meeting',
  maps: {
    [SETTINGS_MAP]: { writers: MapWriters.facilitators, value: settingsEntryProblem },
  },
  // Above the participants in the minutes' header.
  minutes: { header: [{ order: 100, part: nextMeetingHeader }], messages: MEETING_MINUTES_MESSAGES },
}
