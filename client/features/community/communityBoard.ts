/**
 * What a community board's parts read from the document, re-read when one of the community's
 * maps changes: the board's community (its facts), its working groups and the working groups'
 * report, and where the report stands (which group has the floor, who presents). Pure readers.
 */
import type * as Y from 'yjs'
import {
  COMMUNITY_MAP,
  CommunityKey,
  readCommunityFacts,
  WG_REPORT_MAP,
  WORKING_GROUPS_MAP,
  type CommunityFacts,
  type WorkingGroup,
  type WorkingGroupPresenter,
  type WorkingGroupReport,
} from '../../../shared/community/maps'
import { readWorkingGroups } from '../../../shared/community/rotation'
import { readReport } from '../../../shared/community/wgReport'

/** The maps {@link readCommunityBoard} reads. */
export const COMMUNITY_BOARD_MAPS: readonly string[] = [COMMUNITY_MAP, WORKING_GROUPS_MAP, WG_REPORT_MAP]

/** The community as this board knows it. */
export interface CommunityBoard {
  /** Null on a board that belongs to no community. */
  facts: CommunityFacts | null
  groups: readonly WorkingGroup[]
  report: WorkingGroupReport | null
}

/** A board of no community. */
export const NO_COMMUNITY: CommunityBoard = { facts: null, groups: [], report: null }

/** Reads {@link CommunityBoard} from the document. */
export function readCommunityBoard(doc: Y.Doc): CommunityBoard {
  return {
    facts: readCommunityFacts(doc.getMap<unknown>(COMMUNITY_MAP).get(CommunityKey.facts)),
    groups: readWorkingGroups(doc),
    report: readReport(doc),
  }
}

/** The group with the floor during the report. */
export interface FloorView {
  /** Changes whenever the floor passes, even back to a group that had it before. */
  key: string
  /** 1-based, for "1 of 3". */
  number: number
  count: number
  group: WorkingGroup
  presenter: WorkingGroupPresenter | null
}

/** The group with the floor, or null while none has it (or it is no group of the board any more). */
export function floorView({ report, groups }: Pick<CommunityBoard, 'report' | 'groups'>): FloorView | null {
  if (!report || report.current === null) return null
  const groupId = report.order[report.current]
  const group = groups.find((candidate) => candidate.id === groupId)
  if (!group || groupId === undefined) return null
  return {
    key: `${report.startedAt}/${report.current}/${groupId}`,
    number: report.current + 1,
    count: report.order.length,
    group,
    presenter: report.presenters[groupId] ?? null,
  }
}
