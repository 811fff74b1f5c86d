/** The board's next meeting: a chip beside the title, set by facilitators. */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { BoardNextMeeting } from './BoardNextMeeting'

function useMeeting({ doc, board }: BoardFeatureContext): FeatureParts {
  return { besideTitle: <BoardNextMeeting features={doc} canEdit={board.role === Role.facilitator} /> }
}

/** The next-meeting entry of the registry. */
export const meetingFeature: BoardFeature = {
  id: 'meeting',
  namespaces: ['meeting'],
  useFeature: useMeeting,
}
