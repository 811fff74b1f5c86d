/**
 * Each past meeting's "Final" snapshot, which the community page links for members who missed
 * it: taken by the coordinator's sync (and when the next meeting is made) for every past
 * meeting, again whenever its board changed since its latest Final, so what members are shown
 * is the meeting as it ended, late additions included. None is taken before a meeting begins:
 * it would say nothing of it.
 */
import * as Y from 'yjs'
import type { SnapshotInfo } from '../../shared/snapshots/types'
import type { CommunityBoard } from '../persistence/types'
import { currentBoardState, storeSnapshot, type SnapshotDeps } from '../snapshots/takeSnapshot'
import { isUpcoming } from './meetingStatus'

/** Name of the snapshot that freezes a meeting once it is over. */
export const FINAL_SNAPSHOT_NAME = 'Final'

/** True when `snapshot` is the final one of `meeting`: named so, automatic, and taken after the meeting began. */
function isFinalOf(meeting: CommunityBoard, snapshot: SnapshotInfo): boolean {
  return (
    snapshot.name === FINAL_SNAPSHOT_NAME &&
    snapshot.kind === 'auto' &&
    snapshot.createdAt >= Date.parse(meeting.startsAt ?? meeting.createdAt)
  )
}

/** The snapshot the community page links for `meeting`: its final one, else its latest (`snapshots` newest first), else null. */
export function finalSnapshotIdOf(meeting: CommunityBoard, snapshots: readonly SnapshotInfo[]): string | null {
  return (snapshots.find((snapshot) => isFinalOf(meeting, snapshot)) ?? snapshots[0])?.id ?? null
}

/** True when two encoded states hold the same changes (their state vectors are equal). */
function sameState(a: Uint8Array, b: Uint8Array): boolean {
  const left = Y.encodeStateVectorFromUpdate(a)
  const right = Y.encodeStateVectorFromUpdate(b)
  return left.length === right.length && left.every((byte, index) => byte === right[index])
}

/**
 * Takes the "Final" snapshot of `meeting` once it has begun, unless its latest Final already
 * holds the board as it is (a full snapshot list keeps its latest).
 */
export async function takeFinalSnapshot(deps: SnapshotDeps, meeting: CommunityBoard): Promise<void> {
  if (Date.now() < Date.parse(meeting.startsAt ?? meeting.createdAt)) return
  const snapshots = await deps.store.listBoardSnapshots(meeting.boardId)
  const latestFinal = snapshots.find((snapshot) => isFinalOf(meeting, snapshot))
  const state = await currentBoardState(deps, meeting.boardId)
  if (latestFinal) {
    const stored = await deps.store.getBoardSnapshot(meeting.boardId, latestFinal.id)
    if (stored && sameState(stored.state, state)) return
  }
  await storeSnapshot(deps, meeting.boardId, { name: FINAL_SNAPSHOT_NAME, author: 'Plenary', kind: 'auto' }, state)
}

/** Takes the "Final" snapshot of every past meeting of `meetings` whose board changed since its latest Final. */
export async function takeFinalSnapshots(deps: SnapshotDeps, meetings: readonly CommunityBoard[], now: number): Promise<void> {
  for (const meeting of meetings) if (!isUpcoming(meeting, now)) await takeFinalSnapshot(deps, meeting)
}
