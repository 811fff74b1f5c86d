/**
 * Snapshots: the panel (save, time travel, restore, import .tldr), the board as files in the
 * Export menu, and a snapshot opened from the board's address (`?snapshot=<id>`).
 */
import { useTranslation } from 'react-i18next'
import { participantLabel } from '../../../shared/participant'
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { boardFileActions, downloadBoardFile } from './boardFileActions'
import { SnapshotLinkNotice } from './SnapshotLinkNotice'
import { SnapshotViewer } from './SnapshotViewer'
import { SnapshotsButton } from './SnapshotsButton'
import { SnapshotsPanel } from './SnapshotsPanel'
import { useSnapshotLink } from './useSnapshotLink'

function useSnapshotsFeature({ board, token, participant, doc, editor, shapeUtils }: BoardFeatureContext): FeatureParts {
  const { t } = useTranslation()
  const source = { boardId: board.id, token, title: board.title }
  const { linked, close } = useSnapshotLink(board.id, token, editor)
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
    exportActions: boardFileActions(source, t),
    notices: <SnapshotLinkNotice linked={linked} onDismiss={close} />,
    // A snapshot named in the address (a past meeting's, from the community page): read-only for everyone.
    dialogs: linked.kind === 'open' && (
      <SnapshotViewer
        snapshot={linked.snapshot}
        opened={linked.opened}
        token={token}
        shapeUtils={shapeUtils}
        canRestore={false}
        onBack={close}
        onRestore={() => undefined}
        onExport={(format) => downloadBoardFile(source, format, linked.snapshot)}
      />
    ),
  }
}

/** The snapshots entry of the registry. */
export const snapshotsFeature: BoardFeature = {
  id: 'snapshots',
  namespaces: ['snapshots'],
  useFeature: useSnapshotsFeature,
}
