/**
 * Keeping meetings created in advance current: after the sync back, each upcoming meeting is
 * refreshed from the standing board (roster and working-group areas, three-way:
 * shared/community/meetingRefresh.ts), its rotation rewritten from every meeting so far, and its
 * "Last time" frame rewritten from the meeting held just before it.
 */
import { retargetAssets } from '../../shared/community/areaCopy'
import { readLastTime, type LastTime } from '../../shared/community/lastTime'
import type { RotationHistory } from '../../shared/community/maps'
import { writeLastTime } from '../../shared/community/meetingBuild'
import { readStandingCopy, refreshMeeting, writeRotation } from '../../shared/community/meetingRefresh'
import type { CommunityBoard } from '../persistence/types'
import { readCommunityAggregates, rotationHistoryOf } from './aggregates'
import { copyAssets } from './assetCopy'
import { writeBoard } from './boardWrite'
import type { CommunityDeps } from './deps'
import { isUpcoming, previousMeeting } from './meetingStatus'

/** The "Last time" of the meeting before `meeting`, or null when it is the first. */
async function lastTimeBefore(deps: CommunityDeps, meetings: readonly CommunityBoard[], meeting: CommunityBoard): Promise<LastTime | null> {
  const previous = previousMeeting(meetings, meeting.startsAt ?? meeting.createdAt)
  if (!previous) return null
  return deps.registry.readDocument(previous.boardId, (doc) => readLastTime(doc, previous.title))
}

/**
 * Refreshes every upcoming meeting of `meetings` (oldest first) from `standing`. Resolves false
 * when a board could not be written.
 */
export async function refreshUpcoming(
  deps: CommunityDeps,
  communityId: string,
  standing: CommunityBoard,
  meetings: readonly CommunityBoard[],
  now: number,
): Promise<boolean> {
  const upcoming = meetings.filter((meeting) => isUpcoming(meeting, now))
  const community = await deps.store.getCommunity(communityId)
  if (upcoming.length === 0 || !community) return true
  const aggregates = await readCommunityAggregates(deps, community, [standing, ...meetings])
  const rotation: RotationHistory = rotationHistoryOf(aggregates.rotation)
  const copy = await deps.registry.readDocument(standing.boardId, readStandingCopy)
  for (const meeting of upcoming) {
    const lastTime = await lastTimeBefore(deps, meetings, meeting)
    const areas = retargetAssets(copy.areas, meeting.boardId).records
    const written = await writeBoard(deps, meeting.boardId, (doc) => {
      const result = refreshMeeting(doc, { coops: copy.coops, areas })
      writeRotation(doc, rotation)
      if (lastTime) writeLastTime(doc, lastTime, null)
      return result
    })
    if (!written.ok) return false
    const added = new Set(written.value.records)
    await copyAssets(
      deps,
      retargetAssets(
        copy.areas.filter((record) => added.has(record.id)),
        meeting.boardId,
      ).assets,
      meeting.boardId,
    )
  }
  return true
}
