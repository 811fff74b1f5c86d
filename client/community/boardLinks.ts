/** Links from the community page into its boards, carrying the person's community token (it opens them all). */
import { boardPath } from '../lib/boardLink'
import { withToken } from './communityLink'

/** A meeting or the standing board, opened with `token`. */
export function boardLinkWithToken(boardId: string, token: string): string {
  return withToken(boardPath(boardId), token)
}

/** A meeting's snapshot, opened read-only on load (`?snapshot=`). */
export function snapshotLink(boardId: string, snapshotId: string, token: string): string {
  return withToken(`${boardPath(boardId)}?${new URLSearchParams({ snapshot: snapshotId }).toString()}`, token)
}
