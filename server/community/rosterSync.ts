/**
 * `syncCommunity`: carries back to the standing board what each meeting board changed of the
 * community's roster and working-group areas (the three-way merge of shared/community/syncBack.ts),
 * meetings oldest first, so the standing board holds the community's roster and areas as they
 * stand now; then refreshes every upcoming meeting from it (./upcomingRefresh.ts) and takes the
 * "Final" snapshot of past meetings without one. It reads every meeting and writes, so only a
 * coordinator's request runs it: before a meeting is created, the roster imported, a working
 * group written or a board attached, and when a coordinator reads the community or its roster.
 */
import { retargetAssets } from '../../shared/community/areaCopy'
import { advanceBaseline, applyMeetingChanges, isUnchanged, meetingChanges } from '../../shared/community/syncBack'
import type { CommunityBoard } from '../persistence/types'
import { copyAssets } from './assetCopy'
import { writeBoard } from './boardWrite'
import type { CommunityDeps } from './deps'
import { takeFinalSnapshots } from './finalSnapshots'
import { refreshUpcoming } from './upcomingRefresh'

/** What community writes need. */
export type CommunityWriteDeps = CommunityDeps

/** The community's boards split: its standing board (null if the store has none) and its meetings, oldest first. */
export async function communityBoards(
  deps: Pick<CommunityDeps, 'store'>,
  communityId: string,
): Promise<{ standing: CommunityBoard | null; meetings: CommunityBoard[] }> {
  const boards = await deps.store.listCommunityBoards(communityId)
  const meetings = boards.filter((board) => board.kind === 'meeting')
  meetings.sort(
    (a, b) => Date.parse(a.startsAt ?? a.createdAt) - Date.parse(b.startsAt ?? b.createdAt) || a.createdAt.localeCompare(b.createdAt),
  )
  return { standing: boards.find((board) => board.kind === 'standing') ?? null, meetings }
}

/**
 * Syncs every meeting of the community back into its standing board. Resolves false when a
 * board could not be written (the caller answers 503); what was synced before stays synced.
 */
export async function syncCommunity(deps: CommunityWriteDeps, communityId: string): Promise<boolean> {
  const { standing, meetings } = await communityBoards(deps, communityId)
  if (!standing) return false
  for (const meeting of meetings) {
    const changes = await deps.registry.readDocument(meeting.boardId, meetingChanges)
    if (isUnchanged(changes)) continue
    const moved = retargetAssets(
      changes.records.map((change) => change.value),
      standing.boardId,
    )
    await copyAssets(deps, moved.assets, standing.boardId)
    const retargeted = { ...changes, records: changes.records.map((change, i) => ({ ...change, value: moved.records[i] ?? change.value })) }
    const written = await writeBoard(deps, standing.boardId, (doc) => applyMeetingChanges(doc, retargeted))
    if (!written.ok) return false
    const advanced = await writeBoard(deps, meeting.boardId, (doc) => advanceBaseline(doc, changes))
    if (!advanced.ok) return false
  }
  const now = Date.now()
  if (!(await refreshUpcoming(deps, communityId, standing, meetings, now))) return false
  await takeFinalSnapshots(deps, meetings, now)
  return true
}
