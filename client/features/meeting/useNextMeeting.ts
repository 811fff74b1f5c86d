/** React view of the board's next meeting (shared/meeting/meeting.ts), re-read when the settings change. */
import { readNextMeeting, SETTINGS_MAP, type NextMeeting } from '../../../shared/meeting/meeting'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'

const NAMES = [SETTINGS_MAP] as const

/** The next meeting of the open board, or null when none is set. */
export function useNextMeeting(features: FeatureDoc | null): NextMeeting | null {
  return useFeatureValue(features, NAMES, readNextMeeting, null)
}
