/** Proposals and decisions: the decisions panel and the proposal cards over their notes. */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { DecisionsButton } from './DecisionsButton'
import { DecisionsPanel } from './DecisionsPanel'
import { ProposalCardOverlay } from './ProposalCardOverlay'
import { useDecisions } from './useDecisions'

function useDecisionsFeature({ doc, editor, participant, board }: BoardFeatureContext): FeatureParts {
  const decisions = useDecisions(doc)
  return {
    panel: {
      button: (slot) => (
        <DecisionsButton
          open={slot.open}
          panelId={slot.id}
          openProposals={decisions.proposals.filter((p) => p.proposal.status === 'open').length}
          onToggle={slot.onToggle}
        />
      ),
      content: (slot) => (
        <DecisionsPanel
          id={slot.id}
          features={doc}
          editor={editor}
          decisions={decisions}
          you={participant}
          isFacilitator={board.role === Role.facilitator}
          onClose={slot.onClose}
        />
      ),
    },
    overlays: editor && <ProposalCardOverlay editor={editor} proposals={decisions.proposals} />,
  }
}

/** The decisions entry of the registry. */
export const decisionsFeature: BoardFeature = {
  id: 'decisions',
  namespaces: ['decisions'],
  useFeature: useDecisionsFeature,
}
