/**
 * What a community adds up to across its boards: its coops and working groups (kept on the
 * standing board), the rotation (who reported at each meeting), the relations between coops
 * (labelled arrows on any board, and working groups) and the decision register (every
 * meeting's closed proposals). Each board is read as stored (RoomRegistry.readDocument), one
 * at a time, so a long series never holds every document in memory at once.
 */
import type * as Y from 'yjs'
import {
  DEFAULT_RELATION_LABELS,
  type CommunityCoop,
  type DecisionEntry,
  type Relation,
  type RotationEntry,
  type WorkingGroupView,
} from '../../shared/community/api'
import type { RotationHistory, WorkingGroup } from '../../shared/community/maps'
import { compareDecisions, decisionEntriesOf } from '../../shared/community/register'
import { arrowRelationsOf, uniqueRelations, workingGroupRelations } from '../../shared/community/relations'
import {
  compareNewestFirst,
  readWorkingGroups,
  rotationEntriesOf,
  rotationHistoryOf,
  suggestPresenter,
} from '../../shared/community/rotation'
import { readRoster } from '../../shared/corners/applyPlan'
import type { Coop } from '../../shared/corners/roster'
import type { CommunityBoard, CommunityInfo } from '../persistence/types'
import type { RoomRegistry } from '../rooms/RoomRegistry'

export { rotationHistoryOf }

/** Everything the community page shows that is read from its boards. */
export interface CommunityAggregates {
  /** The roster of the standing board, by name. */
  coops: CommunityCoop[]
  workingGroups: WorkingGroupView[]
  /** Newest first. */
  rotation: RotationEntry[]
  relations: Relation[]
  /** Newest first. */
  decisions: DecisionEntry[]
}

/** What one board contributes. */
interface BoardReading {
  board: CommunityBoard
  roster: Coop[]
  workingGroups: WorkingGroup[]
  rotation: RotationEntry[]
  decisions: DecisionEntry[]
  relations: Relation[]
}

/** The labels arrows may carry: the community's, or the defaults before it has any. */
export function labelsOf(community: Pick<CommunityInfo, 'relationLabels'>): readonly string[] {
  return community.relationLabels.length > 0 ? community.relationLabels : DEFAULT_RELATION_LABELS
}

/** When a board's meeting takes place, ISO 8601: its start, or (the standing board, an attached board without one) its creation. */
function meetingDate(board: CommunityBoard): string {
  return board.startsAt ?? board.createdAt
}

/** What is read of each board: everything, or only what the public directory shows. */
type Reading = 'all' | 'public'

function readBoard(doc: Y.Doc, board: CommunityBoard, labels: readonly string[], reading: Reading): BoardReading {
  const isMeeting = board.kind === 'meeting' && reading === 'all'
  const drawnOn = { boardId: board.boardId, boardKind: board.kind, boardTitle: board.title }
  return {
    board,
    roster: board.kind === 'standing' ? readRoster(doc) : [],
    workingGroups: board.kind === 'standing' ? readWorkingGroups(doc) : [],
    rotation: isMeeting ? rotationEntriesOf(doc, { boardId: board.boardId, title: board.title }) : [],
    decisions: isMeeting ? decisionEntriesOf(doc, { boardId: board.boardId, title: board.title, startsAt: meetingDate(board) }) : [],
    relations: arrowRelationsOf(doc, labels).map((relation) => ({ ...relation, ...drawnOn })),
  }
}

/** Reads `boards` one at a time; a board the store lists but cannot read fails the whole answer. */
async function readBoards(
  deps: { registry: Pick<RoomRegistry, 'readDocument'> },
  community: CommunityInfo,
  boards: readonly CommunityBoard[],
  reading: Reading,
): Promise<BoardReading[]> {
  const labels = labelsOf(community)
  const readings: BoardReading[] = []
  for (const board of boards) {
    readings.push(await deps.registry.readDocument(board.boardId, (doc) => readBoard(doc, board, labels, reading)))
  }
  return readings
}

/** The standing board's roster and working groups, and the relations of every board between coops on that roster. */
function communityFacts(community: CommunityInfo, readings: readonly BoardReading[]) {
  const standing = readings.find((reading) => reading.board.boardId === community.standingBoardId)
  const roster = standing?.roster ?? []
  const rosterIds = new Set(roster.map((coop) => coop.id))
  const groups = standing?.workingGroups ?? []
  const related = [...readings.flatMap((reading) => reading.relations), ...workingGroupRelations(groups, rosterIds)]
  // Both ends on the community's roster: the graph has a node for every end.
  const relations = uniqueRelations(related.filter((relation) => rosterIds.has(relation.source) && rosterIds.has(relation.target)))
  return { roster, groups, relations }
}

/** A coop as the community shows it: without its board-specific corner. */
function communityCoop(coop: Coop): CommunityCoop {
  const { id, name, country, website, description, delegates, color } = coop
  return { id, name, country, website, description, delegates, color }
}

/** A working group as the community page shows it, with whom the rotation suggests to present its report. */
export function workingGroupView(group: WorkingGroup, roster: readonly Coop[], history: RotationHistory): WorkingGroupView {
  const { id, name, coopIds, people, areaId } = group
  return { id, name, coopIds, people, areaId, presenterSuggestion: suggestPresenter(group, roster, history) }
}

/**
 * The aggregates of `community` over `boards` (its standing board and meetings, as the store
 * lists them). A board the store lists but cannot read fails the whole answer: a register with
 * a meeting silently missing would mislead.
 */
export async function readCommunityAggregates(
  deps: { registry: Pick<RoomRegistry, 'readDocument'> },
  community: CommunityInfo,
  boards: readonly CommunityBoard[],
): Promise<CommunityAggregates> {
  const readings = await readBoards(deps, community, boards, 'all')
  const { roster, groups, relations } = communityFacts(community, readings)
  const rotation = readings.flatMap((reading) => reading.rotation).sort(compareNewestFirst)
  const history = rotationHistoryOf(rotation)
  return {
    coops: roster.map(communityCoop),
    workingGroups: groups.map((group) => workingGroupView(group, roster, history)),
    rotation,
    relations,
    decisions: readings.flatMap((reading) => reading.decisions).sort(compareDecisions),
  }
}

/** What the public directory is made of: no rotation, no decisions, no presenter suggestion. */
export interface PublicAggregates {
  coops: CommunityCoop[]
  workingGroups: Pick<WorkingGroup, 'name' | 'coopIds'>[]
  relations: Relation[]
}

/** Only what the public directory needs of `boards`: the standing board's roster and working groups, and every board's arrows. */
export async function readPublicAggregates(
  deps: { registry: Pick<RoomRegistry, 'readDocument'> },
  community: CommunityInfo,
  boards: readonly CommunityBoard[],
): Promise<PublicAggregates> {
  const { roster, groups, relations } = communityFacts(community, await readBoards(deps, community, boards, 'public'))
  return { coops: roster.map(communityCoop), workingGroups: groups, relations }
}
