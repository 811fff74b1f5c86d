/** The stage: the facilitator's "Present" menu, following the presenter, summonses, the banner and the outline. */
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { StageMenu } from './StageMenu'
import { StageNotice, StageOutline } from './StageOverlay'
import { useStageSession } from './useStageSession'

function useStage({ editor, doc, board, participant, clock }: BoardFeatureContext): FeatureParts {
  const stage = useStageSession(editor, doc, board.id, participant, board.role, clock)
  return {
    topBar: () => stage.controls && <StageMenu controls={stage.controls} presenting={stage.presenting} />,
    notices: <StageNotice stage={stage} />,
    overlays: <StageOutline editor={editor} stage={stage} />,
  }
}

/** The stage entry of the registry. */
export const stageFeature: BoardFeature = {
  id: 'stage',
  namespaces: ['stage'],
  useFeature: useStage,
  noticeOrder: 20,
}
