/**
 * Where the area badges go: inside the bottom-right corner of each locked or anonymous frame in
 * view, side by side, each sized with the zoom and left out when the frame has no room for it
 * on screen (see fitLabel.ts), so a badge never spills over the neighbouring area.
 */
import type { Editor } from 'tldraw'
import { fitLabel, type FittedLabel, type LabelSpec, type MeasureText, type ScreenRect } from '../../lib/fitLabel'
import { areaStateOf } from './areaState'

/** The kinds of badge, in the order they sit from the frame's right edge. */
export type BadgeKind = 'locked' | 'anonymous'

/** A badge (areas.css): 11 px at zoom 1, 9 px at least; the lock icon and its gap beside the word. */
const BADGE: LabelSpec = {
  pageFontSize: 11,
  minFontSize: 9,
  maxFontSize: 11,
  fontWeight: 700,
  lineHeight: 1.45,
  maxLines: 1,
  // 8 px padding each side; 2 px above and below.
  chromeWidth: 16,
  chromeHeight: 4,
  inset: 6,
}
const ICON_WIDTH = 15
/** Space between two badges. */
const GAP = 4

/** One badge that fits, in viewport pixels. */
export interface PlacedBadge {
  kind: BadgeKind
  x: number
  y: number
  fitted: FittedLabel
}

/** One frame's badges. */
export interface AreaBadge {
  id: string
  badges: PlacedBadge[]
}

/**
 * Lays `badges` (kind and word) right to left along the bottom of `frame`; a badge the
 * remaining width cannot hold is left out, with every one after it.
 */
export function placeBadges(
  frame: ScreenRect,
  zoom: number,
  badges: readonly { kind: BadgeKind; text: string }[],
  measure: MeasureText,
): PlacedBadge[] {
  const placed: PlacedBadge[] = []
  let right = frame.x + frame.w - BADGE.inset
  for (const { kind, text } of badges) {
    const spec = kind === 'locked' ? { ...BADGE, chromeWidth: BADGE.chromeWidth + ICON_WIDTH } : BADGE
    // The room left of the badges already placed, as if it were the whole frame.
    const room = { w: right - frame.x + BADGE.inset, h: frame.h }
    const fitted = fitLabel(text, room, zoom, spec, measure)
    // A badge is one word: shortened it would say nothing.
    if (!fitted || fitted.shortened) break
    placed.push({ kind, x: right - fitted.width, y: frame.y + frame.h - BADGE.inset - fitted.height, fitted })
    right -= fitted.width + GAP
  }
  return placed
}

/** The badges of the current page's locked and anonymous frames that are in view. */
export function areaBadges(editor: Editor, words: Readonly<Record<BadgeKind, string>>, measure: MeasureText): AreaBadge[] {
  const viewport = editor.getViewportPageBounds()
  const zoom = editor.getZoomLevel()
  const result: AreaBadge[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    const area = areaStateOf(shape)
    if (!area || (!area.locked && !area.anonymous)) continue
    const bounds = editor.getShapePageBounds(shape)
    if (!bounds || !bounds.collides(viewport)) continue
    const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y })
    const frame = { x: topLeft.x, y: topLeft.y, w: bounds.w * zoom, h: bounds.h * zoom }
    const kinds: BadgeKind[] = [...(area.locked ? (['locked'] as const) : []), ...(area.anonymous ? (['anonymous'] as const) : [])]
    const badges = placeBadges(
      frame,
      zoom,
      kinds.map((kind) => ({ kind, text: words[kind] })),
      measure,
    )
    if (badges.length > 0) result.push({ id: area.id, badges })
  }
  return result
}
