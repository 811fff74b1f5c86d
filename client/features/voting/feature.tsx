/** Dot voting and reactions on notes: the votes panel, the vote bar, and each note's strip. */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { NoteVoting } from './NoteVoting'
import { useBoardVoting } from './useBoardVoting'
import { VoteBar } from './VoteBar'
import { VotesButton } from './VotesButton'
import { VotesPanel } from './VotesPanel'
import { VotingProvider } from './VotingContext'

const ID = 'voting'

function useVotingFeature({ doc, participant, board, editor, people, panels }: BoardFeatureContext): FeatureParts {
  const voting = useBoardVoting(doc, participant)
  return {
    panel: {
      button: (slot) => (
        <VotesButton
          open={slot.open}
          panelId={slot.id}
          voteOpen={voting.openVote !== null}
          dotsLeft={voting.dotsLeft}
          onToggle={slot.onToggle}
        />
      ),
      content: (slot) => (
        <VotesPanel
          id={slot.id}
          features={doc}
          state={voting.context.state}
          actions={voting.context.actions}
          me={participant}
          isFacilitator={board.role === Role.facilitator}
          editor={editor}
          people={people}
          onClose={slot.onClose}
        />
      ),
    },
    notices: voting.openVote && (
      <VoteBar vote={voting.openVote} dotsLeft={voting.dotsLeft} onShowPanel={panels.open === ID ? null : () => panels.show(ID)} />
    ),
    // The notes, drawn deep inside tldraw's tree, read voting from this context.
    wrapCanvas: (canvas) => <VotingProvider value={voting.context}>{canvas}</VotingProvider>,
  }
}

/** The voting entry of the registry. */
export const votingFeature: BoardFeature = {
  id: ID,
  namespaces: ['voting'],
  useFeature: useVotingFeature,
  noticeOrder: 30,
  // Dots and reactions.
  noteFooter: NoteVoting,
}
