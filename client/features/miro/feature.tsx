/** Importing a Miro board (facilitators): an entry of the Export menu and its dialog. */
import { Role } from '../../../shared/protocol'
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../boardFeature'
import { useMiroImport } from './useMiroImport'

function useMiro({ editor, doc, board }: BoardFeatureContext): FeatureParts {
  const miro = useMiroImport(editor, doc, board.role === Role.facilitator)
  return { exportActions: miro.actions, dialogs: miro.dialog }
}

/** The Miro import entry of the registry. */
export const miroFeature: BoardFeature = {
  id: 'miro',
  namespaces: ['miro'],
  useFeature: useMiro,
}
