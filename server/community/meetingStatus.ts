/**
 * Whether a meeting is still to come, and a meeting as the API shows it (`MeetingSummary`,
 * shared/community/api.ts). Pure.
 */
import type { MeetingSummary } from '../../shared/community/api'
import { Paths } from '../../shared/protocol'
import type { CommunityBoard } from '../persistence/types'

/** A meeting stays upcoming this long after it starts, so people can still join it from the community page. */
export const UPCOMING_FOR_MS = 12 * 3600_000

/** True while `board` is a meeting that started less than {@link UPCOMING_FOR_MS} ago (or has not started). */
export function isUpcoming(board: CommunityBoard, now: number): boolean {
  if (board.kind !== 'meeting') return false
  const startsAt = Date.parse(board.startsAt ?? board.createdAt)
  return Number.isFinite(startsAt) && now < startsAt + UPCOMING_FOR_MS
}

/** `board` (a meeting) as the API shows it; `url` is its page without a token. */
export function meetingSummary(board: CommunityBoard, origin: string, finalSnapshotId: string | null, now: number): MeetingSummary {
  return {
    boardId: board.boardId,
    title: board.title,
    startsAt: board.startsAt ?? board.createdAt,
    createdAt: board.createdAt,
    recordingUrl: board.recordingUrl,
    url: `${origin}${Paths.boardPage}${board.boardId}`,
    finalSnapshotId,
    status: isUpcoming(board, now) ? 'upcoming' : 'past',
  }
}

/** The earliest upcoming meeting of `meetings`, or null. */
export function nextMeetingOf(meetings: readonly MeetingSummary[]): MeetingSummary | null {
  let next: MeetingSummary | null = null
  for (const meeting of meetings) {
    if (meeting.status === 'upcoming' && (next === null || Date.parse(meeting.startsAt) < Date.parse(next.startsAt))) next = meeting
  }
  return next
}

/** The meeting before one starting at `startsAt`: the latest of `meetings` (oldest first) to start before it, or null. */
export function previousMeeting(meetings: readonly CommunityBoard[], startsAt: string): CommunityBoard | null {
  const at = Date.parse(startsAt)
  const before = meetings.filter((meeting) => Date.parse(meeting.startsAt ?? meeting.createdAt) < at)
  return before[before.length - 1] ?? null
}
