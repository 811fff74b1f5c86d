/** Communities in PostgreSQL: their facts, link tokens and boards (tables in ./schema.ts, migration 4). */
import { isRole, type Role } from '../../shared/protocol'
import {
  BOARD_TABLES,
  COMMUNITY_BOARD_COLUMNS,
  COMMUNITY_COLUMNS,
  communityBoard,
  communityBoardValues,
  communityInfo,
  communityPatchColumns,
  sortCommunityBoards,
  standingCommunityBoard,
  type CommunityBoardRow,
  type CommunityPatch,
  type CommunityRow,
} from './communityRows'
import type { PostgresAccess } from './postgresPool'
import type pg from 'pg'
import type { BoardInfo, CommunityBoard, CommunityStore, NewToken } from './types'

const INSERT_BOARD = 'INSERT INTO boards (id, title, created_at) VALUES ($1, $2, $3)'
const INSERT_COMMUNITY_BOARD = `INSERT INTO community_boards (${COMMUNITY_BOARD_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`

/** Adds `board` to its community, after creating its board row when `newBoard` is given. */
async function addBoard(client: pg.PoolClient, board: CommunityBoard, newBoard: BoardInfo | null): Promise<void> {
  if (newBoard) await client.query(INSERT_BOARD, [newBoard.id, newBoard.title, newBoard.createdAt])
  await client.query(INSERT_COMMUNITY_BOARD, communityBoardValues(board))
}

/** The community methods of the PostgreSQL BoardStore. */
export function postgresCommunities({ pool, guarded, inTransaction }: PostgresAccess): CommunityStore {
  return {
    createCommunity: (info, tokens, standingBoard) =>
      inTransaction(async (client) => {
        await client.query(INSERT_BOARD, [standingBoard.id, standingBoard.title, standingBoard.createdAt])
        await client.query(`INSERT INTO communities (${COMMUNITY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          info.id,
          info.name,
          info.description,
          info.createdAt,
          info.standingBoardId,
          info.published,
          JSON.stringify(info.relationLabels),
        ])
        for (const token of tokens) {
          await client.query('INSERT INTO community_tokens (hash, community_id, role, generation) VALUES ($1, $2, $3, $4)', [
            token.hash,
            info.id,
            token.role,
            token.generation,
          ])
        }
        await addBoard(client, standingCommunityBoard(info.id, standingBoard), null)
      }),
    getCommunity: (id) =>
      guarded(async () => {
        const { rows } = await pool.query<CommunityRow>(`SELECT ${COMMUNITY_COLUMNS} FROM communities WHERE id = $1`, [id])
        const row = rows[0]
        return row ? communityInfo(row) : null
      }),
    updateCommunity: (id: string, patch: CommunityPatch) =>
      guarded(async () => {
        const columns = communityPatchColumns(patch, (value) => value)
        if (columns.length === 0) return
        // Column names come from communityPatchColumns, never from the caller.
        const sets = columns.map(([name], index) => `${name} = $${index + 2}`).join(', ')
        await pool.query(`UPDATE communities SET ${sets} WHERE id = $1`, [id, ...columns.map(([, value]) => value)])
      }),
    findCommunityToken: (communityId, hash) =>
      guarded(async () => {
        const { rows } = await pool.query<{ role: string; generation: number; revoked_at: string | null }>(
          'SELECT role, generation, revoked_at FROM community_tokens WHERE hash = $1 AND community_id = $2',
          [hash, communityId],
        )
        const row = rows[0]
        if (!row || !isRole(row.role)) return null
        return { role: row.role, generation: row.generation, revoked: row.revoked_at !== null }
      }),
    currentCommunityGenerations: (communityId) =>
      guarded(async () => {
        const { rows } = await pool.query<{ role: string; generation: number }>(
          'SELECT role, generation FROM community_tokens WHERE community_id = $1 AND revoked_at IS NULL',
          [communityId],
        )
        const generations: Partial<Record<Role, number>> = {}
        for (const row of rows) if (isRole(row.role)) generations[row.role] = row.generation
        return generations
      }),
    addCommunityBoard: (board, newBoard) => inTransaction((client) => addBoard(client, board, newBoard)),
    listCommunityBoards: (communityId) =>
      guarded(async () => {
        const { rows } = await pool.query<CommunityBoardRow>(
          `SELECT ${COMMUNITY_BOARD_COLUMNS} FROM community_boards WHERE community_id = $1`,
          [communityId],
        )
        return sortCommunityBoards(rows.map(communityBoard))
      }),
    communityOfBoard: (boardId) =>
      guarded(async () => {
        const { rows } = await pool.query<CommunityBoardRow>(
          `SELECT ${COMMUNITY_BOARD_COLUMNS} FROM community_boards WHERE board_id = $1`,
          [boardId],
        )
        const row = rows[0]
        return row ? communityBoard(row) : null
      }),
    setRecordingUrl: (communityId, boardId, url) =>
      guarded(async () => {
        const { rowCount } = await pool.query(
          "UPDATE community_boards SET recording_url = $1 WHERE community_id = $2 AND board_id = $3 AND kind = 'meeting'",
          [url, communityId, boardId],
        )
        return (rowCount ?? 0) > 0
      }),
    rotateCommunityToken: (communityId: string, token: NewToken) =>
      inTransaction(async (client) => {
        const revoked = await client.query<{ hash: string }>(
          'UPDATE community_tokens SET revoked_at = $1 WHERE community_id = $2 AND role = $3 AND revoked_at IS NULL RETURNING hash',
          [new Date().toISOString(), communityId, token.role],
        )
        await client.query('INSERT INTO community_tokens (hash, community_id, role, generation) VALUES ($1, $2, $3, $4)', [
          token.hash,
          communityId,
          token.role,
          token.generation,
        ])
        return revoked.rows.map((row) => row.hash)
      }),
    removeCommunityBoard: (communityId, boardId, deleteBoard) =>
      inTransaction(async (client) => {
        const { rowCount } = await client.query(
          "DELETE FROM community_boards WHERE community_id = $1 AND board_id = $2 AND kind = 'meeting'",
          [communityId, boardId],
        )
        // Only a board that was this community's meeting may be deleted.
        if ((rowCount ?? 0) === 0 || !deleteBoard) return
        for (const table of BOARD_TABLES)
          await client.query(`DELETE FROM ${table} WHERE ${table === 'boards' ? 'id' : 'board_id'} = $1`, [boardId])
      }),
  }
}
