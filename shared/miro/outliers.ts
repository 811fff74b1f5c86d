/**
 * A Miro board's far outliers, brought in beside the rest. One sticky note left 40,000 px away
 * makes "zoom to fit" and "back to content" show an empty canvas; moved next to the board's
 * main content, it stays in the import and the board reads at a useful zoom.
 *
 * An outlier is a group of top-level items (see clusters.ts) that lies far from the rest, holds
 * no frame and is a small part of the board (a tenth of its items at most, or a single item).
 * A group with a frame is structure someone laid out, and a large group is a second part of the
 * board: both stay where they were, so two real clusters of frames keep their layout.
 */
import { boundsOf, type Box } from '../geometry'
import { freeSpot } from '../placement/freeSpot'
import { clusterBoxes } from './clusters'
import { boxAround, boxGap } from './geometry'
import type { MiroRejectedItem } from './input'
import type { Laid } from './layOut'

/** Space kept between the main content and an outlier placed beside it. */
export const OUTLIER_GAP = 120

/** The largest share of the board's items a far group may hold and still count as an outlier. */
export const OUTLIER_SHARE = 0.1

/** A far group that was brought in. */
export interface MovedOutlier {
  /** Its top-level items, where they are now. */
  entries: Laid[]
  /** How far it lay from the nearest group kept in place, in px, rounded to hundreds. */
  distance: number
}

/** The layout with its outliers brought in. */
export interface GatheredLayout {
  /** Every laid-out item, in the order given, outliers moved. */
  laid: Laid[]
  moved: MovedOutlier[]
  /**
   * The main group's box with the outliers placed beside it, in Miro's canvas coordinates:
   * what the camera shows when the whole import would not read. Null when nothing is laid out.
   */
  focus: Box | null
}

/** Top-level items that lie together, with what decides their fate. */
interface Group {
  members: Laid[]
  boxes: Box[]
  box: Box
  /** Items in the group, children of its frames included. */
  weight: number
  frames: number
}

/** The top-level items of `laid` grouped by {@link clusterBoxes}. */
function groupsOf(laid: readonly Laid[]): Group[] {
  const top = laid.filter((entry) => entry.frame === null)
  const children = new Map<string, number>()
  for (const entry of laid) if (entry.frame) children.set(entry.frame.id, (children.get(entry.frame.id) ?? 0) + 1)
  const boxes = top.map((entry) => boxAround(entry.centre, entry.w, entry.h))
  return clusterBoxes(boxes).map((indices) => {
    const members = indices.flatMap((i) => top[i] ?? [])
    const memberBoxes = indices.flatMap((i) => boxes[i] ?? [])
    return {
      members,
      boxes: memberBoxes,
      box: boundsOf(memberBoxes) ?? { x: 0, y: 0, w: 0, h: 0 },
      weight: members.reduce((sum, entry) => sum + 1 + (children.get(entry.item.id) ?? 0), 0),
      frames: members.filter((entry) => entry.item.type === 'frame').length,
    }
  })
}

/** The heaviest group; among equals the one with more frames, then the first. */
function mainGroup(groups: readonly Group[]): Group | undefined {
  return groups.reduce<Group | undefined>(
    (best, group) => (!best || group.weight > best.weight || (group.weight === best.weight && group.frames > best.frames) ? group : best),
    undefined,
  )
}

/** `entry` moved by (`dx`, `dy`). */
function shifted(entry: Laid, dx: number, dy: number): Laid {
  return { ...entry, centre: { x: entry.centre.x + dx, y: entry.centre.y + dy } }
}

/**
 * `laid` with its far outliers moved beside the main group: each, keeping its own layout, into
 * the first free spot of a column just right of the main group, clear of every group kept in
 * place and of outliers placed before it.
 */
export function bringInOutliers(laid: readonly Laid[]): GatheredLayout {
  const groups = groupsOf(laid)
  const main = mainGroup(groups)
  if (!main) return { laid: [...laid], moved: [], focus: null }
  const total = groups.reduce((sum, group) => sum + group.weight, 0)
  const isOutlier = (group: Group): boolean => group !== main && group.frames === 0 && group.weight <= Math.max(1, OUTLIER_SHARE * total)
  const kept = groups.filter((group) => !isOutlier(group))
  const occupied = kept.flatMap((group) => group.boxes)
  const column = { x: main.box.x + main.box.w + OUTLIER_GAP, y: main.box.y, h: main.box.h }
  const replaced = new Map<Laid, Laid>()
  const moved: MovedOutlier[] = []
  const spots: Box[] = []
  for (const group of groups.filter(isOutlier)) {
    const nearest = Math.min(...kept.map((other) => boxGap(group.box, other.box)))
    const area = { box: { ...column, w: group.box.w }, whenFull: 'wrap' as const, padding: 0 }
    // The spot lies in the column: only what reaches into its width can be in the way.
    const inColumn = occupied.filter((box) => box.x < area.box.x + area.box.w + OUTLIER_GAP && box.x + box.w > area.box.x - OUTLIER_GAP)
    const { spot } = freeSpot(area, inColumn, group.box, OUTLIER_GAP)
    occupied.push(spot)
    spots.push(spot)
    const entries = group.members.map((entry) => {
      const now = shifted(entry, spot.x - group.box.x, spot.y - group.box.y)
      replaced.set(entry, now)
      return now
    })
    moved.push({ entries, distance: Math.round(nearest / 100) * 100 })
  }
  return { laid: laid.map((entry) => replaced.get(entry) ?? entry), moved, focus: boundsOf([main.box, ...spots]) }
}

/** The report's lines for the outliers brought in: one per item, said as an adjustment. */
export function outlierReport(moved: readonly MovedOutlier[]): MiroRejectedItem[] {
  return moved.flatMap(({ entries, distance }) =>
    entries.map((entry) => ({
      id: entry.item.id,
      type: entry.item.type,
      reason: `imported beside the rest of the board: it lay ${distance.toLocaleString('en')} px away from it`,
      code: 'farAway' as const,
      params: { distance },
    })),
  )
}
