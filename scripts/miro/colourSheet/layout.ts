/** Where the colour sheet puts things, shared by the page and the script that samples it. */
import { hexDifference, parseHexColor } from '../../../shared/miro/colorDifference'
import {
  MIRO_STICKY_COLORS,
  MIRO_STICKY_HEX,
  nearestColor,
  TLDRAW_NOTE_FILLS,
  type MiroStickyColor,
  type NearestColor,
} from '../../../shared/miro/colors'
import type { NoteColor } from '../../../shared/notes'

const zoom = 0.5
const rowHeight = 120
/** The sheet's geometry in CSS pixels; tldraw notes are 200 world units, drawn at `zoom`. */
export const SHEET = {
  background: '#f9fafb', // tldraw's light canvas, behind both columns alike
  margin: 24,
  headerHeight: 48,
  rowHeight,
  swatch: 200 * zoom,
  zoom,
  noteSpacing: rowHeight / zoom,
  canvasWidth: 200 * zoom + 40,
  // The camera puts note i's top-left at (20, i × rowHeight + 10) inside the canvas.
  cameraX: 20 / zoom,
  cameraY: (rowHeight - 200 * zoom) / 2 / zoom,
} as const

/** One row of the sheet: a Miro colour, the tldraw note it becomes and how far apart they look. */
export interface SheetRow {
  miro: MiroStickyColor
  miroHex: string
  tldraw: NoteColor
  tldrawHex: string
  distance: number
  /** The next closest tldraw note, to show how close a call it was. */
  runnerUp: NearestColor
}

/** The 16 rows, in Miro's order. */
export function sheetRows(): SheetRow[] {
  return (Object.entries(MIRO_STICKY_HEX) as [MiroStickyColor, string][]).map(([miro, miroHex]) => {
    const tldraw = MIRO_STICKY_COLORS[miro]
    const tldrawHex = TLDRAW_NOTE_FILLS[tldraw]
    const others = Object.fromEntries(Object.entries(TLDRAW_NOTE_FILLS).filter(([color]) => color !== tldraw))
    const rgb = parseHexColor(miroHex)
    const runnerUp = rgb ? nearestColor(rgb, others) : { color: tldraw, distance: Number.NaN }
    return { miro, miroHex, tldraw, tldrawHex, distance: hexDifference(miroHex, tldrawHex), runnerUp }
  })
}
