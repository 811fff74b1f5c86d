/**
 * Creating a community's next meeting board: the community is synced first (so the standing
 * board holds what the last meeting changed), the previous meeting gets a "Final" snapshot (the
 * community page links it), and the new board is created and written once by the server with
 * everything shared/community/meetingBuild.ts lays out.
 */
import { retargetAssets } from '../../shared/community/areaCopy'
import { lastTimeWords, readLastTime, type LastTime } from '../../shared/community/lastTime'
import { buildMeeting, type BuiltMeeting, type MeetingSource } from '../../shared/community/meetingBuild'
import { readStandingCopy } from '../../shared/community/meetingRefresh'
import { readWorkingGroups } from '../../shared/community/rotation'
import { newBoardId } from '../ids'
import type { CommunityBoard, CommunityInfo } from '../persistence/types'
import { labelsOf, readCommunityAggregates, rotationHistoryOf } from './aggregates'
import { copyAssets } from './assetCopy'
import { writeBoard } from './boardWrite'
import { takeFinalSnapshot } from './finalSnapshots'
import { previousMeeting } from './meetingStatus'
import { communityBoards, syncCommunity, type CommunityWriteDeps } from './rosterSync'

/** What the new meeting is. */
export interface NewMeeting {
  title: string
  /** ISO 8601 instant. */
  startsAt: string
  /** The language its "Last time" frame is written in (the coordinator's). */
  language: string
}

/** The created meeting, or why it could not be. */
export type CreatedMeeting = { ok: true; board: CommunityBoard; built: BuiltMeeting } | { ok: false }

/** The standing board's roster, working groups and area records. */
async function readStanding(deps: CommunityWriteDeps, boardId: string): Promise<Pick<MeetingSource, 'coops' | 'workingGroups' | 'areas'>> {
  return deps.registry.readDocument(boardId, (doc) => ({ ...readStandingCopy(doc), workingGroups: readWorkingGroups(doc) }))
}

/** The "Last time" of `previous`, after freezing it in a final snapshot (a full snapshot list keeps its latest). */
async function closePrevious(deps: CommunityWriteDeps, previous: CommunityBoard | null): Promise<LastTime | null> {
  if (!previous) return null
  await takeFinalSnapshot(deps, previous)
  return deps.registry.readDocument(previous.boardId, (doc) => readLastTime(doc, previous.title))
}

/** Creates the community's meeting `meeting` with its board. */
export async function createMeeting(deps: CommunityWriteDeps, community: CommunityInfo, meeting: NewMeeting): Promise<CreatedMeeting> {
  if (!(await syncCommunity(deps, community.id))) return { ok: false }
  const { standing, meetings } = await communityBoards(deps, community.id)
  if (!standing) return { ok: false }
  const startsAt = new Date(meeting.startsAt).toISOString()
  const lastTime = await closePrevious(deps, previousMeeting(meetings, startsAt))
  const aggregates = await readCommunityAggregates(deps, community, [standing, ...meetings])
  const fromStanding = await readStanding(deps, standing.boardId)

  const createdAt = new Date().toISOString()
  const board: CommunityBoard = {
    boardId: newBoardId(),
    communityId: community.id,
    kind: 'meeting',
    title: meeting.title,
    startsAt,
    recordingUrl: null,
    createdAt,
  }
  const areas = retargetAssets(fromStanding.areas, board.boardId)
  const source: MeetingSource = {
    ...fromStanding,
    areas: areas.records,
    facts: { communityId: community.id, name: community.name, kind: 'meeting', title: meeting.title, startsAt: Date.parse(startsAt) },
    rotation: rotationHistoryOf(aggregates.rotation),
    relationLabels: labelsOf(community),
    lastTime,
  }
  await deps.store.addCommunityBoard(board, { id: board.boardId, title: meeting.title, createdAt })
  let built: BuiltMeeting | null = null
  try {
    await copyAssets(deps, areas.assets, board.boardId)
    const written = await writeBoard(deps, board.boardId, (doc) => buildMeeting(doc, source, lastTimeWords(meeting.language)))
    if (written.ok) built = written.value
  } finally {
    // An empty meeting must not stay listed (a retry would add a second): it goes, with its board.
    if (built === null) await deps.store.removeCommunityBoard(community.id, board.boardId, true)
  }
  return built === null ? { ok: false } : { ok: true, board, built }
}
