/** Communities in SQLite: their facts, link tokens and boards (tables in ./schema.ts). */
import type Database from 'better-sqlite3'
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
import type { BoardInfo, CommunityBoard, CommunityInfo, CommunityStore, NewToken } from './types'

/** The community methods of the SQLite BoardStore, over `db` whose schema is already created. */
export function sqliteCommunities(db: Database.Database): CommunityStore {
  const insertBoard = db.prepare('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)')
  const insertCommunity = db.prepare(`INSERT INTO communities (${COMMUNITY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const selectCommunity = db.prepare<[string], CommunityRow>(`SELECT ${COMMUNITY_COLUMNS} FROM communities WHERE id = ?`)
  const insertToken = db.prepare('INSERT INTO community_tokens (hash, community_id, role, generation) VALUES (?, ?, ?, ?)')
  const selectToken = db.prepare<[string, string], { role: string; generation: number; revoked_at: string | null }>(
    'SELECT role, generation, revoked_at FROM community_tokens WHERE hash = ? AND community_id = ?',
  )
  const selectCurrentTokens = db.prepare<[string], { role: string; generation: number }>(
    'SELECT role, generation FROM community_tokens WHERE community_id = ? AND revoked_at IS NULL',
  )
  const insertCommunityBoard = db.prepare(`INSERT INTO community_boards (${COMMUNITY_BOARD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const selectBoards = db.prepare<[string], CommunityBoardRow>(
    `SELECT ${COMMUNITY_BOARD_COLUMNS} FROM community_boards WHERE community_id = ?`,
  )
  const selectBoardOf = db.prepare<[string], CommunityBoardRow>(
    `SELECT ${COMMUNITY_BOARD_COLUMNS} FROM community_boards WHERE board_id = ?`,
  )
  const updateRecording = db.prepare(
    "UPDATE community_boards SET recording_url = ? WHERE community_id = ? AND board_id = ? AND kind = 'meeting'",
  )

  const revokeTokens = db.prepare<[string, string, string], { hash: string }>(
    'UPDATE community_tokens SET revoked_at = ? WHERE community_id = ? AND role = ? AND revoked_at IS NULL RETURNING hash',
  )
  const deleteMeeting = db.prepare("DELETE FROM community_boards WHERE community_id = ? AND board_id = ? AND kind = 'meeting'")
  const deleteBoardRows = BOARD_TABLES.map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE ${table === 'boards' ? 'id' : 'board_id'} = ?`),
  )

  const addBoard = (board: CommunityBoard) => insertCommunityBoard.run(...communityBoardValues(board))

  const createTx = db.transaction((info: CommunityInfo, tokens: NewToken[], standingBoard: BoardInfo) => {
    insertBoard.run(standingBoard.id, standingBoard.title, standingBoard.createdAt)
    insertCommunity.run(
      info.id,
      info.name,
      info.description,
      info.createdAt,
      info.standingBoardId,
      info.published ? 1 : 0,
      JSON.stringify(info.relationLabels),
    )
    for (const token of tokens) insertToken.run(token.hash, info.id, token.role, token.generation)
    addBoard(standingCommunityBoard(info.id, standingBoard))
  })
  const rotateTx = db.transaction((communityId: string, token: NewToken) => {
    const revoked = revokeTokens.all(new Date().toISOString(), communityId, token.role).map((row) => row.hash)
    insertToken.run(token.hash, communityId, token.role, token.generation)
    return revoked
  })
  const removeTx = db.transaction((communityId: string, boardId: string, deleteBoard: boolean) => {
    // Only a board that was this community's meeting may be deleted.
    if (deleteMeeting.run(communityId, boardId).changes === 0 || !deleteBoard) return
    for (const statement of deleteBoardRows) statement.run(boardId)
  })
  const addBoardTx = db.transaction((board: CommunityBoard, newBoard: BoardInfo | null) => {
    if (newBoard) insertBoard.run(newBoard.id, newBoard.title, newBoard.createdAt)
    addBoard(board)
  })

  return {
    async createCommunity(info, tokens, standingBoard) {
      createTx(info, tokens, standingBoard)
    },
    async getCommunity(id) {
      const row = selectCommunity.get(id)
      return row ? communityInfo(row) : null
    },
    async updateCommunity(id: string, patch: CommunityPatch) {
      const columns = communityPatchColumns(patch, (value) => (value ? 1 : 0))
      if (columns.length === 0) return
      // Column names come from communityPatchColumns, never from the caller.
      db.prepare(`UPDATE communities SET ${columns.map(([name]) => `${name} = ?`).join(', ')} WHERE id = ?`).run(
        ...columns.map(([, value]) => value),
        id,
      )
    },
    async findCommunityToken(communityId, hash) {
      const row = selectToken.get(hash, communityId)
      if (!row || !isRole(row.role)) return null
      return { role: row.role, generation: row.generation, revoked: row.revoked_at !== null }
    },
    async currentCommunityGenerations(communityId) {
      const generations: Partial<Record<Role, number>> = {}
      for (const row of selectCurrentTokens.all(communityId)) if (isRole(row.role)) generations[row.role] = row.generation
      return generations
    },
    async addCommunityBoard(board, newBoard) {
      addBoardTx(board, newBoard)
    },
    async listCommunityBoards(communityId) {
      return sortCommunityBoards(selectBoards.all(communityId).map(communityBoard))
    },
    async communityOfBoard(boardId) {
      const row = selectBoardOf.get(boardId)
      return row ? communityBoard(row) : null
    },
    async setRecordingUrl(communityId, boardId, url) {
      return updateRecording.run(url, communityId, boardId).changes > 0
    },
    async rotateCommunityToken(communityId, token) {
      return rotateTx(communityId, token)
    },
    async removeCommunityBoard(communityId, boardId, deleteBoard) {
      removeTx(communityId, boardId, deleteBoard)
    },
  }
}
