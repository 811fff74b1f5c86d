/**
 * The rotation as one board of a community sees it: the history of the earlier meetings the
 * server wrote into it ({@link CommunityKey.rotation}) with this meeting's own reports (breakout
 * rapporteurs and working groups' presenters) merged in, the latest report winning. Pure.
 */
import type * as Y from 'yjs'
import { COMMUNITY_MAP, CommunityKey, readRotationHistory, type RotationHistory } from './maps'
import { rotationEntriesOf, rotationHistoryOf } from './rotation'

/** Nobody reported yet. */
export const NO_ROTATION: RotationHistory = { coops: {}, people: {} }

function mergeInto(target: Record<string, number>, source: Readonly<Record<string, number>>): void {
  for (const [key, at] of Object.entries(source)) target[key] = Math.max(at, target[key] ?? -Infinity)
}

/** One history from several: each coop's and each person's latest report. */
export function mergeRotations(...histories: readonly RotationHistory[]): RotationHistory {
  const merged: RotationHistory = { coops: {}, people: {} }
  for (const history of histories) {
    mergeInto(merged.coops, history.coops)
    mergeInto(merged.people, history.people)
  }
  return merged
}

/** The history of earlier meetings stored in the board, or none (a board outside any community). */
export function storedRotation(doc: Y.Doc): RotationHistory {
  return readRotationHistory(doc.getMap<unknown>(COMMUNITY_MAP).get(CommunityKey.rotation)) ?? NO_ROTATION
}

/** The earlier meetings' history and this board's own reports, latest wins. */
export function boardRotation(doc: Y.Doc): RotationHistory {
  return mergeRotations(storedRotation(doc), rotationHistoryOf(rotationEntriesOf(doc, { boardId: '', title: '' })))
}
