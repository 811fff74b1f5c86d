/**
 * What the imported items had that tldraw has no place for, counted by kind, so the report
 * says all that was not carried over and not only the items it skipped: authors and times
 * (tldraw keeps neither per shape), frame fills (a tldraw frame is not filled), fonts other
 * than tldraw's own, card dates, assignees and tags, connector strokes wider than tldraw
 * draws, and captions beyond a connector's first (an arrow has one label).
 */
import { isBlankFill } from './colors'
import { isWidthLost } from './connectorStyle'
import { isFontReplaced } from './fonts'
import type { MiroItem } from './input'
import { MIRO_LOST_CODES, type MiroLostCode } from './messages'

/** One kind of thing not carried over, and how many items had it. */
export interface MiroLost {
  code: MiroLostCode
  /** Items (frames, cards, connectors) that had it. */
  count: number
}

/** Which kinds `item` loses in the import. */
function lostOf(item: MiroItem): MiroLostCode[] {
  const lost: MiroLostCode[] = []
  if (item.createdBy || item.modifiedBy) lost.push('authors')
  if (item.createdAt || item.modifiedAt) lost.push('timestamps')
  if (item.type === 'frame' && !isBlankFill(item.style?.fillColor)) lost.push('frameFills')
  if (isFontReplaced(item.style?.fontFamily)) lost.push('fonts')
  if (item.data?.dueDate) lost.push('cardDueDates')
  if (item.data?.startDate) lost.push('cardStartDates')
  if (item.data?.assigneeId) lost.push('cardAssignees')
  if ((item.tagIds?.length ?? 0) > 0 || (item.data?.tagIds?.length ?? 0) > 0) lost.push('tags')
  if (item.type === 'connector') {
    if (isWidthLost(item.style?.strokeWidth)) lost.push('strokeWidths')
    if ((item.captions?.length ?? 0) > 1) lost.push('extraCaptions')
  }
  return lost
}

/** The kinds of thing `items` (the ones imported) had without an equivalent, in a fixed order, with counts. */
export function lostFields(items: readonly MiroItem[]): MiroLost[] {
  const counts = new Map<MiroLostCode, number>()
  for (const item of items) for (const code of lostOf(item)) counts.set(code, (counts.get(code) ?? 0) + 1)
  return MIRO_LOST_CODES.flatMap((code) => {
    const count = counts.get(code) ?? 0
    return count > 0 ? [{ code, count }] : []
  })
}
