/**
 * Areas (any frame: a coop's corner, a group area): facilitators lock them and make them
 * anonymous (a toolbar over the canvas, the context menu); badges say so; a participant's new
 * shapes stay out of locked areas.
 */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { AreaActionsContext } from './areaActionsContext'
import { withoutAnonymousSelection } from './anonymousPresence'
import { anonymousNoteAsShown, registerAnonymousWriters } from './anonymousWriters'
import { AreaBadges } from './AreaBadges'
import { AreaContextMenuItems } from './AreaContextMenu'
import { AreaToolbar } from './AreaToolbar'
import { CONFIRM_DELETE_OVERRIDES } from './deleteOverride'
import { useLockedPlacement } from './useLockedPlacement'

function useAreas({ editor, doc, board }: BoardFeatureContext): FeatureParts {
  useLockedPlacement(editor, board.role === Role.participant)
  const isFacilitator = board.role === Role.facilitator
  return {
    notices: editor && isFacilitator && <AreaToolbar editor={editor} features={doc} />,
    // The context menu's area actions, inside tldraw's tree, write through this (facilitators only).
    wrapCanvas: (canvas) => <AreaActionsContext.Provider value={isFacilitator ? doc : null}>{canvas}</AreaActionsContext.Provider>,
  }
}

/** The areas entry of the registry. */
export const areasFeature: BoardFeature = {
  id: 'areas',
  namespaces: ['areas'],
  useFeature: useAreas,
  noticeOrder: 40,
  // Areas show whether they are locked or anonymous.
  inFrontOfCanvas: AreaBadges,
  contextMenuItems: AreaContextMenuItems,
  // Deleting a frame that holds other people's notes asks first, however it is deleted.
  overrides: CONFIRM_DELETE_OVERRIDES,
  // Nobody's selection shows inside an anonymous area, neither sent nor received.
  redactPresence: withoutAnonymousSelection,
  // Nor who wrote there: not stored by this browser, not drawn, exported or copied.
  editorSideEffects: registerAnonymousWriters,
  noteAsShown: anonymousNoteAsShown,
}
