/**
 * The colours of corners outside the canvas (swatches in the directory and the join dialog):
 * the same table the JSON export uses, so no tldraw import is needed (the join dialog runs
 * before the ~2 MB tldraw bundle is loaded).
 */
import { CORNER_COLOR_HEX } from '../../../shared/corners/rosterExport'
import type { NoteColor } from '../../../shared/notes'

/** The CSS colour tldraw draws a frame of `color` with. */
export function cornerColorHex(color: NoteColor): string {
  return CORNER_COLOR_HEX[color]
}
