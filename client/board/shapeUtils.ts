/** The custom shape utils of a Plenary board, shared by the sync layer's schema and the editor. */
import type { TLAnyShapeUtilConstructor } from 'tldraw'
import { PlenaryNoteShapeUtil } from './PlenaryNoteShapeUtil'

/** One stable array: tldraw rebuilds the editor when this prop's identity changes. */
export const PLENARY_SHAPE_UTILS: readonly TLAnyShapeUtilConstructor[] = [PlenaryNoteShapeUtil]
