/**
 * What both stores share about communities: reading their rows into facts, a board's insert values, the columns a patch
 * changes, and the order of a community's boards.
 */
import { z } from 'zod'
import type { BoardInfo, CommunityBoard, CommunityInfo, CommunityStore } from './types'

/** A `communities` row (`published` is 0/1 in SQLite, a boolean in PostgreSQL). */
export interface CommunityRow {
  id: string
  name: string
  description: string
  created_at: string
  standing_board_id: string
  published: number | boolean
  relation_labels: string
}

/** A `community_boards` row. */
export interface CommunityBoardRow {
  board_id: string
  community_id: string
  kind: string
  title: string
  starts_at: string | null
  recording_url: string | null
  created_at: string
}

/** The columns of `communities`, in the order the stores read them. */
export const COMMUNITY_COLUMNS = 'id, name, description, created_at, standing_board_id, published, relation_labels'

/** The columns of `community_boards`, in the order the stores read them. */
export const COMMUNITY_BOARD_COLUMNS = 'board_id, community_id, kind, title, starts_at, recording_url, created_at'

/** Every table holding a board's rows, children before `boards`: deleting in this order removes a board whole. */
export const BOARD_TABLES = ['updates', 'snapshots', 'board_snapshots', 'assets', 'tokens', 'boards'] as const

const storedLabels = z.array(z.string())

/** The facts of a `communities` row. */
export function communityInfo(row: CommunityRow): CommunityInfo {
  let labels: unknown = []
  try {
    labels = JSON.parse(row.relation_labels)
  } catch {
    // A column no code of ours wrote: read as no labels rather than failing every request.
  }
  const parsed = storedLabels.safeParse(labels)
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.created_at,
    standingBoardId: row.standing_board_id,
    published: row.published === true || row.published === 1,
    relationLabels: parsed.success ? parsed.data : [],
  }
}

/** The facts of a `community_boards` row. */
export function communityBoard(row: CommunityBoardRow): CommunityBoard {
  return {
    boardId: row.board_id,
    communityId: row.community_id,
    kind: row.kind === 'standing' ? 'standing' : 'meeting',
    title: row.title,
    startsAt: row.starts_at,
    recordingUrl: row.recording_url,
    createdAt: row.created_at,
  }
}

/** A board's values in the order of {@link COMMUNITY_BOARD_COLUMNS}, for an insert. */
export function communityBoardValues(board: CommunityBoard): unknown[] {
  return [board.boardId, board.communityId, board.kind, board.title, board.startsAt, board.recordingUrl, board.createdAt]
}

/** The `community_boards` entry of a new community's standing board. */
export function standingCommunityBoard(communityId: string, board: BoardInfo): CommunityBoard {
  return {
    boardId: board.id,
    communityId,
    kind: 'standing',
    title: board.title,
    startsAt: null,
    recordingUrl: null,
    createdAt: board.createdAt,
  }
}

/** The patch of {@link CommunityStore.updateCommunity}. */
export type CommunityPatch = Parameters<CommunityStore['updateCommunity']>[1]

/** The columns `patch` sets and their values, booleans written by `bool` (each database its own way). */
export function communityPatchColumns(patch: CommunityPatch, bool: (value: boolean) => number | boolean): [string, unknown][] {
  const columns: [string, unknown][] = []
  if (patch.name !== undefined) columns.push(['name', patch.name])
  if (patch.description !== undefined) columns.push(['description', patch.description])
  if (patch.published !== undefined) columns.push(['published', bool(patch.published)])
  if (patch.relationLabels !== undefined) columns.push(['relation_labels', JSON.stringify(patch.relationLabels)])
  return columns
}

/**
 * The standing board first, then meetings newest start first (instants compared as times, so
 * offsets written differently still sort right), then newest joined first.
 */
export function sortCommunityBoards(boards: CommunityBoard[]): CommunityBoard[] {
  const startOf = (board: CommunityBoard): number => (board.startsAt === null ? -Infinity : Date.parse(board.startsAt) || -Infinity)
  return boards.sort(
    (a, b) =>
      Number(b.kind === 'standing') - Number(a.kind === 'standing') ||
      startOf(b) - startOf(a) ||
      (b.createdAt < a.createdAt ? -1 : b.createdAt > a.createdAt ? 1 : 0),
  )
}
