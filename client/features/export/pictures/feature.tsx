/** Pictures and PDFs of the board, its corners and group areas: entries of the Export menu and their dialogs. */
import type { BoardFeature, BoardFeatureContext, FeatureParts } from '../../boardFeature'
import { usePictureExports } from './usePictureExports'

function usePictures({ editor, board }: BoardFeatureContext): FeatureParts {
  const pictures = usePictureExports(editor, board.title)
  return { exportActions: pictures.actions, dialogs: pictures.dialog }
}

/** The pictures entry of the registry. */
export const picturesFeature: BoardFeature = {
  id: 'pictures',
  namespaces: ['pictures'],
  useFeature: usePictures,
}
