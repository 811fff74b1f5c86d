/**
 * The areas of a board a picture can show, read from plain shape records: coop corners
 * (frames with `meta.coopId`), breakout group areas (frames with `meta.breakout`) and any
 * other frame. The PDF has one page per corner and group area, corners first by coop name,
 * then group areas by name; other frames are offered for single pictures only. An area with
 * nothing inside it can be left out of the PDF: on a board of 31 coops most corners are often
 * blank, and 27 blank pages bury the four that matter.
 */
import type { TFunction } from 'i18next'
import { groupAreaOf } from '../../../../shared/breakouts/areas'
import { cornerCoopId } from '../../../../shared/corners/cornerRecord'

/** What kind of area a frame is. */
export type AreaKind = 'corner' | 'group' | 'frame'

/** A frame someone can export on its own. */
export interface PictureArea {
  id: string
  kind: AreaKind
  /** The frame's name, or a stand-in when it has none. */
  title: string
  /**
   * Nothing inside it: no shape has the frame as its parent. The frame's own name (a corner's
   * coop, a group's topic) is its title, not content.
   */
  empty: boolean
}

function frameName(record: Record<string, unknown>): string {
  const props = record.props
  const name = typeof props === 'object' && props !== null ? (props as Record<string, unknown>).name : undefined
  return typeof name === 'string' ? name.trim() : ''
}

/**
 * Every frame among `shapes` (a page's shape records), as areas: corners by name, then group
 * areas by name, then other frames by name, in the order of `language`. Unnamed frames are
 * called "Untitled …". `shapes` must hold every shape of the page, nested ones too, for an
 * area's `empty` to be right.
 */
export function pictureAreas(shapes: Iterable<unknown>, t: TFunction, language: string): PictureArea[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' })
  const frames: { id: string; record: Record<string, unknown> }[] = []
  const parents = new Set<unknown>()
  for (const value of shapes) {
    if (typeof value !== 'object' || value === null) continue
    const record = value as Record<string, unknown>
    if (record.typeName !== 'shape') continue
    parents.add(record.parentId)
    if (record.type === 'frame' && typeof record.id === 'string') frames.push({ id: record.id, record })
  }
  const areas: PictureArea[] = []
  for (const { id, record } of frames) {
    const kind: AreaKind = cornerCoopId(record) !== null ? 'corner' : groupAreaOf(record) !== null ? 'group' : 'frame'
    areas.push({ id, kind, title: frameName(record) || t(`pictures.kinds.untitled.${kind}`), empty: !parents.has(id) })
  }
  const rank: Record<AreaKind, number> = { corner: 0, group: 1, frame: 2 }
  return areas.sort((a, b) => rank[a.kind] - rank[b.kind] || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1))
}

/** The areas the PDF may show: corners and group areas, in page order. */
export function pdfAreas(areas: readonly PictureArea[]): PictureArea[] {
  return areas.filter((area) => area.kind !== 'frame')
}

/** The areas that get a PDF page: all of `areas`, or only those with something inside when `leaveOutEmpty`. */
export function pdfPages(areas: readonly PictureArea[], leaveOutEmpty: boolean): PictureArea[] {
  return leaveOutEmpty ? areas.filter((area) => !area.empty) : [...areas]
}
