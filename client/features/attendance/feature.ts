/** Attendance: who came, recorded in the board for the minutes; nothing on screen. */
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { useAttendance } from './useAttendance'

const NOTHING_SHOWN: FeatureParts = {}

function useAttendanceFeature({ doc, participant, board, connection, clock }: BoardFeatureContext): FeatureParts {
  useAttendance(doc, participant, board.role, connection, clock)
  return NOTHING_SHOWN
}

/** The attendance entry of the registry. */
export const attendanceFeature: BoardFeature = {
  id: 'attendance',
  namespaces: [],
  useFeature: useAttendanceFeature,
}
