/**
 * Coop corners on the board: the coops directory (a side panel), arriving at one's corner,
 * a participant's editor leaving corners alone, and coop names over corners when zoomed out.
 */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { arrive } from './arrival'
import { CoopsButton } from './CoopsButton'
import { CoopsPanel } from './CoopsPanel'
import { CleanupNotice } from './CleanupNotice'
import { CornerOverview } from './CornerOverview'
import { NewCoopsSetting } from './NewCoopsSetting'
import { ownCornerInView } from './noteHome'
import { useCoopCleanup } from './useCoopCleanup'
import { useCornerGuard } from './useCornerGuard'
import { useRoster } from './useRoster'
import { useRosterAccess } from './useRosterAccess'

function useCorners({ editor, doc, board, token, people, participant }: BoardFeatureContext): FeatureParts {
  const access = useRosterAccess(doc)
  const roster = useRoster(access)
  useCornerGuard(editor, board.role === Role.participant)
  const cleanup = useCoopCleanup(access)
  const canClean = board.role === Role.facilitator && doc.canWrite
  return {
    notices: cleanup.last && <CleanupNotice done={cleanup.last} onUndo={cleanup.undo} onDismiss={cleanup.dismiss} />,
    land: editor && access ? (arrival) => void arrive(editor, access, arrival) : undefined,
    noteHome: editor && access ? () => ownCornerInView(editor, access, participant.coop) : undefined,
    panel: {
      button: (slot) => <CoopsButton open={slot.open} panelId={slot.id} count={roster.length} onToggle={slot.onToggle} />,
      content: (slot) =>
        access && (
          <CoopsPanel
            id={slot.id}
            editor={editor}
            access={access}
            board={{ id: board.id, title: board.title }}
            token={token}
            people={people}
            canImport={board.role === Role.facilitator}
            cleanup={canClean ? cleanup : null}
            settings={canClean ? <NewCoopsSetting features={doc} /> : undefined}
            onClose={slot.onClose}
          />
        ),
    },
  }
}

/** The corners entry of the registry. */
export const cornersFeature: BoardFeature = {
  id: 'corners',
  namespaces: ['coops'],
  useFeature: useCorners,
  // Coop names stay readable over their corners when the whole assembly is in view.
  inFrontOfCanvas: CornerOverview,
}
