/**
 * Where the camera goes after a Miro import: onto what was imported, never past 100 %. The
 * plan has already brought far outliers in beside the rest (shared/miro/outliers.ts); what may
 * still lie apart are real parts of the board (groups of frames). The whole import is shown
 * when its main part still reads at least half as large as it would alone; otherwise the main
 * part (its frames) is shown, and "zoom to fit" shows the rest. When even that would be too
 * small to make out (a row of frames on a phone), the frame where reading starts is shown.
 */
import { Box, type Editor } from 'tldraw'
import { boxesOverlap, type Box as PlainBox } from '../../../shared/geometry'
import type { MiroImportPlan } from '../../../shared/miro/importMiro'
import { shapeBox } from '../../../shared/shapeBounds'

/** Screen space (px) left around the imported content, in total across each axis, as tldraw counts it. */
export const IMPORT_CAMERA_INSET = 64

/** The camera never zooms in further than this onto a small import. */
const MAX_ZOOM = 1

/**
 * The least zoom at which an overview still shows the board: a note is 20 px across, a
 * coloured square one can pick out (tldraw's next step down, 5 %, makes notes dots).
 */
export const MIN_OVERVIEW_ZOOM = 0.1

/** What of a plan the camera reads. */
export type CameraPlan = Pick<MiroImportPlan, 'bounds' | 'focus' | 'records'>

/** A screen size in px. */
export interface ScreenSize {
  w: number
  h: number
}

/** The zoom at which tldraw's `zoomToBounds` shows `box` on a `screen` (before its zoom limits). */
export function fitZoom(box: PlainBox, screen: ScreenSize, inset: number = IMPORT_CAMERA_INSET): number {
  return Math.min(MAX_ZOOM, (screen.w - inset) / Math.max(box.w, 1), (screen.h - inset) / Math.max(box.h, 1))
}

/** The imported top-level frame nearest the top-left corner of `area`, where reading starts. */
function firstFrame(plan: CameraPlan, area: PlainBox): PlainBox | null {
  const frames = plan.records
    .filter((record) => record.type === 'frame' && String(record.parentId).startsWith('page:'))
    .flatMap((record) => shapeBox(record) ?? [])
    .filter((box) => boxesOverlap(box, area))
  const distance = (box: PlainBox): number => Math.hypot(box.x - area.x, box.y - area.y)
  return frames.reduce<PlainBox | null>((best, box) => (!best || distance(box) < distance(best) ? box : best), null)
}

/** The box to show after the import `plan` on a `screen`, or null when nothing was imported. */
export function importCameraBox(plan: CameraPlan, screen: ScreenSize): PlainBox | null {
  const main = plan.focus ?? plan.bounds
  if (!plan.bounds || !main) return main
  const shown = fitZoom(plan.bounds, screen) >= fitZoom(main, screen) / 2 ? plan.bounds : main
  if (fitZoom(shown, screen) >= MIN_OVERVIEW_ZOOM) return shown
  return firstFrame(plan, main) ?? shown
}

/** Moves the camera onto what `plan` imported. */
export function showImport(editor: Editor, plan: CameraPlan): void {
  const screen = editor.getViewportScreenBounds()
  const target = importCameraBox(plan, { w: screen.w, h: screen.h })
  if (!target) return
  editor.zoomToBounds(Box.From(target), { inset: IMPORT_CAMERA_INSET, targetZoom: MAX_ZOOM, animation: { duration: 400 } })
}
