/**
 * The community on one of its boards: the way back to the community page in the top bar, the
 * facilitator's working groups panel, and, while the working groups report, the banner everyone
 * sees and the flight to the area of the group with the floor.
 */
import { useState } from 'react'
import { Role } from '../../../shared/protocol'
import { useFeatureValue } from '../../sync/useFeatureDoc'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { COMMUNITY_BOARD_MAPS, floorView, NO_COMMUNITY, readCommunityBoard } from './communityBoard'
import { CommunityLink } from './CommunityLink'
import { ReportBanner } from './ReportBanner'
import { ReportProblem } from './ReportProblem'
import { useReportCamera } from './useReportCamera'
import { useWorkingGroupActions } from './workingGroupActions'
import { WorkingGroupsButton } from './WorkingGroupsButton'
import { WorkingGroupsPanel } from './WorkingGroupsPanel'
import './community.css'

function useCommunity({ doc, editor, board, token, clock, people }: BoardFeatureContext): FeatureParts {
  const community = useFeatureValue(doc, COMMUNITY_BOARD_MAPS, readCommunityBoard, NO_COMMUNITY)
  const actions = useWorkingGroupActions(board.role === Role.facilitator ? doc : null, clock ? clock.now : null)
  const floor = floorView(community)
  useReportCamera(editor, floor)
  const { facts, report } = community
  const isFacilitator = board.role === Role.facilitator
  const hasGroups = community.groups.length > 0
  // What Next or Finish could not do (the report ended meanwhile, the link lost its role), until dismissed.
  const [problem, setProblem] = useState<string | null>(null)
  const next = floor && report && actions && floor.number < floor.count ? () => setProblem(actions.pass(floor.number)) : null
  const finish = actions ? () => setProblem(actions.finish()) : null
  return {
    topBar: () => facts && <CommunityLink communityId={facts.communityId} name={facts.name} token={board.viaCommunity ? token : null} />,
    panel:
      isFacilitator && (facts !== null || hasGroups)
        ? {
            button: (slot) => (
              <WorkingGroupsButton open={slot.open} panelId={slot.id} reporting={floor !== null} onToggle={slot.onToggle} />
            ),
            content: (slot) => (
              <WorkingGroupsPanel
                id={slot.id}
                features={doc}
                editor={editor}
                board={community}
                actions={actions}
                present={people}
                onClose={slot.onClose}
              />
            ),
          }
        : undefined,
    notices: (floor || problem) && (
      <>
        {floor && <ReportBanner floor={floor} onNext={next} onFinish={finish} />}
        {problem && <ReportProblem message={problem} onDismiss={() => setProblem(null)} />}
      </>
    ),
  }
}

/** The community entry of the registry. */
export const communityFeature: BoardFeature = {
  id: 'community',
  namespaces: ['community'],
  useFeature: useCommunity,
  // Right after the stage's banner: who follows whom, then which group reports.
  noticeOrder: 21,
}
