/** The custom shape utils of a Plenary board, shared by the sync layer's schema and the editor. */
import { FrameShapeUtil, type TLAnyShapeUtilConstructor } from 'tldraw'
import { plenaryNoteShapeUtil } from './PlenaryNoteShapeUtil'
import { FEATURE_SHAPE_UTILS, NOTE_AS_SHOWN, NOTE_FOOTERS } from './registryParts'

/**
 * Frames drawn in their colour: a coop's corner is a frame in the coop's colour, so the
 * directory's swatch and the corner on the canvas match. Only how frames are drawn changes;
 * the record schema (a frame's `color` prop) is tldraw's own.
 */
const ColoredFrameShapeUtil = FrameShapeUtil.configure({ showColors: true })

/**
 * One stable array: tldraw rebuilds the editor when this prop's identity changes. The notes
 * carry the features' footers and are shown as the features let them be; the features add their own utils (embeds and bookmarks drawn
 * as plain links, never loaded: `features/assets/inertShapes.tsx`).
 */
export const PLENARY_SHAPE_UTILS: readonly TLAnyShapeUtilConstructor[] = [
  plenaryNoteShapeUtil(NOTE_FOOTERS, NOTE_AS_SHOWN),
  ColoredFrameShapeUtil,
  ...FEATURE_SHAPE_UTILS,
]
