/** The next meeting of the open board, wired to the document: read for everyone, written by facilitators. */
import { clearNextMeeting, setNextMeeting, type NextMeeting } from '../../../shared/meeting/meeting'
import type { FeatureDoc } from '../../sync/featureDoc'
import { NextMeetingChip } from './NextMeetingChip'
import { useNextMeeting } from './useNextMeeting'

/** Props of {@link BoardNextMeeting}. */
export interface BoardNextMeetingProps {
  features: FeatureDoc | null
  /** Facilitators may set it; the server refuses others' writes anyway. */
  canEdit: boolean
}

/** The chip beside the board title. */
export function BoardNextMeeting({ features, canEdit }: BoardNextMeetingProps) {
  const meeting = useNextMeeting(features)
  const change = (next: NextMeeting | null) => features?.write((doc) => (next ? setNextMeeting(doc, next) : clearNextMeeting(doc)))
  return <NextMeetingChip meeting={meeting} onChange={canEdit && features ? change : null} />
}
