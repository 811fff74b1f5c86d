/** Where the area badges go: the top-right corner of each locked or anonymous frame in view. */
import type { Editor } from 'tldraw'
import { areaStateOf } from './areaState'

/** One frame's badges, anchored at its top-right corner in viewport pixels. */
export interface AreaBadge {
  id: string
  x: number
  y: number
  locked: boolean
  anonymous: boolean
}

/** The badges of the current page's locked and anonymous frames that are in view. */
export function areaBadges(editor: Editor): AreaBadge[] {
  const viewport = editor.getViewportPageBounds()
  const badges: AreaBadge[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    const area = areaStateOf(shape)
    if (!area || (!area.locked && !area.anonymous)) continue
    const bounds = editor.getShapePageBounds(shape)
    if (!bounds || !bounds.collides(viewport)) continue
    const corner = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY })
    badges.push({ id: area.id, x: corner.x, y: corner.y, locked: area.locked, anonymous: area.anonymous })
  }
  return badges
}
