/** Attendance's part of the board: who came, each participant writing its own entry. */
import type { DocFeature } from '../feature'
import { MapWriters } from '../mapWriters'
import { ATTENDANCE_MAP, attendanceChangeProblem, attendanceProblem } from './attendance'
import { participantsHeader } from './minutes'
import { ATTENDANCE_MINUTES_MESSAGES } from './minutes.locales'

/** Who came to the meeting. */
export const attendanceFeature: DocFeature = {
  id: 'attendance',
  maps: {
    [ATTENDANCE_MAP]: {
      writers: MapWriters.everyone,
      value: attendanceProblem,
      change: ({ key, after, role, writer }) =>
        attendanceChangeProblem({ key, afterPresent: after.present, role, writerIds: writer.participantIds }),
    },
  },
  minutes: { header: [{ order: 200, part: participantsHeader }], messages: ATTENDANCE_MINUTES_MESSAGES },
}
