/** Snapshots: the panel (save, time travel, restore, import .tldr) and the board as files in the Export menu. */
import { useTranslation } from 'react-i18next'
import { participantLabel } from '../../../shared/participant'
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { boardFileActions } from './boardFileActions'
import { SnapshotsButton } from './SnapshotsButton'
import { SnapshotsPanel } from './SnapshotsPanel'

function useSnapshotsFeature({ board, token, participant, doc, editor, shapeUtils }: BoardFeatureContext): FeatureParts {
  const { t } = useTranslation()
  return {
    panel: {
      button: (slot) => <SnapshotsButton open={slot.open} panelId={slot.id} onToggle={slot.onToggle} />,
      content: (slot) => (
        <SnapshotsPanel
          id={slot.id}
          board={{ id: board.id, title: board.title }}
          token={token}
          isFacilitator={board.role === Role.facilitator}
          author={participantLabel(participant)}
          features={doc}
          editor={editor}
          shapeUtils={shapeUtils}
          onClose={slot.onClose}
        />
      ),
    },
    exportActions: boardFileActions({ boardId: board.id, token, title: board.title }, t),
  }
}

/** The snapshots entry of the registry. */
export const snapshotsFeature: BoardFeature = {
  id: 'snapshots',
  namespaces: ['snapshots'],
  useFeature: useSnapshotsFeature,
}
