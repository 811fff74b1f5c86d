/**
 * SQLite persistence (better-sqlite3, WAL). Writes are synchronous under the hood, so an
 * update is on disk before `appendUpdate` resolves and before the room broadcasts it; with
 * WAL and synchronous=NORMAL a killed process loses nothing that was committed.
 */
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { isRole, type Role } from '../../shared/protocol'
import { boardSnapshotsTableSql, boardTablesSql, communityTablesSql, SQLITE_TYPES } from './schema'
import { sqliteCommunities } from './sqliteCommunities'
import { snapshotInfo, type SnapshotRow } from './snapshotRow'
import type { Logger } from '../logger'
import { startCheckpointer, type Checkpointer } from './sqliteCheckpointer'
import { sqliteReadiness } from './sqliteReadiness'
import type {
  BoardInfo,
  BoardStore,
  NewAsset,
  NewBoardSnapshot,
  NewToken,
  PutAssetResult,
  SaveSnapshotResult,
  StoredDocument,
} from './types'

const SCHEMA = `${boardTablesSql(SQLITE_TYPES)}
CREATE TABLE IF NOT EXISTS updates (
  board_id TEXT NOT NULL REFERENCES boards(id),
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (board_id, seq)
) WITHOUT ROWID;${boardSnapshotsTableSql(SQLITE_TYPES)}
CREATE TABLE IF NOT EXISTS assets (
  board_id TEXT NOT NULL REFERENCES boards(id),
  hash TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (board_id, hash)
);${communityTablesSql(SQLITE_TYPES)}
`

/** Options of {@link openSqliteStore}. */
export interface SqliteOptions {
  /** Checkpoint the WAL on a worker thread this often (default 1000 ms); 0 lets SQLite do it inside commits. */
  checkpointEveryMs?: number
  logger?: Logger
}

/** SQLite's own checkpoint threshold, in WAL pages, used again if the checkpointer fails. */
const AUTO_CHECKPOINT_PAGES = 1000

/** Opens (creating if needed) the SQLite database at `file` and returns a BoardStore over it. */
export function openSqliteStore(file: string, options: SqliteOptions = {}): BoardStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.exec(SCHEMA)
  const readiness = sqliteReadiness(db, file)
  const checkpointEveryMs = options.checkpointEveryMs ?? 1000
  let checkpointer: Checkpointer | null = null
  if (file !== ':memory:' && checkpointEveryMs > 0) {
    db.pragma('wal_autocheckpoint = 0')
    checkpointer = startCheckpointer(file, checkpointEveryMs, (error) => {
      options.logger?.error({ err: error }, 'the WAL checkpointer failed; SQLite checkpoints inside commits again')
      db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`)
    })
  }

  const insertBoard = db.prepare('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)')
  const selectBoard = db.prepare<[string], { id: string; title: string; created_at: string }>(
    'SELECT id, title, created_at FROM boards WHERE id = ?',
  )
  const selectSnapshot = db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM snapshots WHERE board_id = ?')
  const selectUpdates = db.prepare<[string, number], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM updates WHERE board_id = ? AND seq > ? ORDER BY seq',
  )
  const selectMaxSeq = db.prepare<[string, string], { seq: number | null }>(
    `SELECT MAX(seq) AS seq FROM (
       SELECT seq FROM updates WHERE board_id = ?
       UNION ALL SELECT seq FROM snapshots WHERE board_id = ?)`,
  )
  const insertUpdate = db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)')
  const upsertSnapshot = db.prepare(
    `INSERT INTO snapshots (board_id, seq, data) VALUES (?, ?, ?)
     ON CONFLICT(board_id) DO UPDATE SET seq = excluded.seq, data = excluded.data`,
  )
  const deleteUpdatesThrough = db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?')

  // The next sequence number per board, cached so appends need no read; seeded from the
  // database on first use because another process may have written before this one started.
  const nextSeq = new Map<string, number>()
  // One commit for many rows: each commit writes the WAL on its own, which costs more than the rows.
  const appendTx = db.transaction((boardId: string, updates: readonly Uint8Array[]): number => {
    if (updates.length === 0) throw new Error('nothing to append')
    let seq = 0
    for (const update of updates) {
      seq = allocateSeq(boardId)
      insertUpdate.run(boardId, seq, Buffer.from(update.buffer, update.byteOffset, update.byteLength))
    }
    return seq
  })

  const allocateSeq = (boardId: string): number => {
    let seq = nextSeq.get(boardId)
    if (seq === undefined) seq = (selectMaxSeq.get(boardId, boardId)?.seq ?? 0) + 1
    nextSeq.set(boardId, seq + 1)
    return seq
  }

  const insertToken = db.prepare('INSERT INTO tokens (hash, board_id, role, generation) VALUES (?, ?, ?, ?)')
  const selectToken = db.prepare<[string, string], { role: string; generation: number; revoked_at: string | null }>(
    'SELECT role, generation, revoked_at FROM tokens WHERE hash = ? AND board_id = ?',
  )
  const selectCurrentTokens = db.prepare<[string], { role: string; generation: number; hash: string }>(
    'SELECT role, generation, hash FROM tokens WHERE board_id = ? AND revoked_at IS NULL',
  )
  const revokeRole = db.prepare('UPDATE tokens SET revoked_at = ? WHERE board_id = ? AND role = ? AND revoked_at IS NULL')

  const createBoardTx = db.transaction((board: BoardInfo, tokens: NewToken[]) => {
    insertBoard.run(board.id, board.title, board.createdAt)
    for (const token of tokens) insertToken.run(token.hash, board.id, token.role, token.generation)
  })
  const rotateTx = db.transaction((boardId: string, token: NewToken): string[] => {
    const revoked = selectCurrentTokens
      .all(boardId)
      .filter((row) => row.role === token.role)
      .map((row) => row.hash)
    revokeRole.run(new Date().toISOString(), boardId, token.role)
    insertToken.run(token.hash, boardId, token.role, token.generation)
    return revoked
  })

  const compactTx = db.transaction((boardId: string, snapshot: Uint8Array, throughSeq: number) => {
    upsertSnapshot.run(boardId, throughSeq, Buffer.from(snapshot))
    deleteUpdatesThrough.run(boardId, throughSeq)
  })

  // Named board snapshots (shared/snapshots): the cap is checked and made room for in the same
  // transaction as the insert, so two saves at once cannot both squeeze past it.
  const snapshotColumns = 'id, board_id, name, author, kind, created_at, bytes'
  const countSnapshots = db.prepare<[string], { total: number }>('SELECT COUNT(*) AS total FROM board_snapshots WHERE board_id = ?')
  const oldestAuto = db.prepare<[string, number], { id: string }>(
    `SELECT id FROM board_snapshots WHERE board_id = ? AND kind = 'auto' ORDER BY created_at, id LIMIT ?`,
  )
  const deleteSnapshot = db.prepare('DELETE FROM board_snapshots WHERE board_id = ? AND id = ?')
  const insertSnapshot = db.prepare(
    'INSERT INTO board_snapshots (id, board_id, name, author, kind, created_at, bytes, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const selectSnapshots = db.prepare<[string], SnapshotRow>(
    `SELECT ${snapshotColumns} FROM board_snapshots WHERE board_id = ? ORDER BY created_at DESC, id DESC`,
  )
  const selectSnapshotState = db.prepare<[string, string], SnapshotRow & { state: Buffer }>(
    `SELECT ${snapshotColumns}, state FROM board_snapshots WHERE board_id = ? AND id = ?`,
  )
  const saveSnapshotTx = db.transaction((snapshot: NewBoardSnapshot, maxPerBoard: number): SaveSnapshotResult => {
    const excess = (countSnapshots.get(snapshot.boardId)?.total ?? 0) - maxPerBoard + 1
    const pruned = excess > 0 ? oldestAuto.all(snapshot.boardId, excess).map((row) => row.id) : []
    if (pruned.length < excess) return { ok: false, reason: 'full' }
    for (const id of pruned) deleteSnapshot.run(snapshot.boardId, id)
    const state = Buffer.from(snapshot.state.buffer, snapshot.state.byteOffset, snapshot.state.byteLength)
    insertSnapshot.run(
      snapshot.id,
      snapshot.boardId,
      snapshot.name,
      snapshot.author,
      snapshot.kind,
      snapshot.createdAt,
      state.byteLength,
      state,
    )
    return { ok: true, pruned }
  })

  // Uploaded assets, one copy per board and hash; the board's total is checked in the insert's transaction.
  const selectAssetExists = db.prepare<[string, string], { found: number }>('SELECT 1 AS found FROM assets WHERE board_id = ? AND hash = ?')
  const selectAssetTotal = db.prepare<[string], { total: number | null }>('SELECT SUM(bytes) AS total FROM assets WHERE board_id = ?')
  const insertAsset = db.prepare('INSERT INTO assets (board_id, hash, mime_type, bytes, data, created_at) VALUES (?, ?, ?, ?, ?, ?)')
  const selectAsset = db.prepare<[string, string], { mime_type: string; data: Buffer }>(
    'SELECT mime_type, data FROM assets WHERE board_id = ? AND hash = ?',
  )
  const putAssetTx = db.transaction((boardId: string, asset: NewAsset, maxBoardBytes: number): PutAssetResult => {
    if (selectAssetExists.get(boardId, asset.hash)) return { ok: true, created: false }
    const total = selectAssetTotal.get(boardId)?.total ?? 0
    if (total + asset.bytes.byteLength > maxBoardBytes) return { ok: false, reason: 'full' }
    const data = Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength)
    insertAsset.run(boardId, asset.hash, asset.mimeType, data.byteLength, data, new Date().toISOString())
    return { ok: true, created: true }
  })

  return {
    async createBoard(board: BoardInfo, tokens: NewToken[]) {
      createBoardTx(board, tokens)
    },
    async findToken(boardId: string, hash: string) {
      const row = selectToken.get(hash, boardId)
      if (!row || !isRole(row.role)) return null
      return { role: row.role, generation: row.generation, revoked: row.revoked_at !== null }
    },
    async currentGenerations(boardId: string) {
      const generations: Partial<Record<Role, number>> = {}
      for (const row of selectCurrentTokens.all(boardId)) {
        if (isRole(row.role)) generations[row.role] = row.generation
      }
      return generations
    },
    async rotateToken(boardId: string, token: NewToken) {
      return rotateTx(boardId, token)
    },
    async getBoard(id: string) {
      const row = selectBoard.get(id)
      return row ? { id: row.id, title: row.title, createdAt: row.created_at } : null
    },
    async loadDocument(boardId: string): Promise<StoredDocument> {
      const snapshotRow = selectSnapshot.get(boardId)
      const snapshotSeq = snapshotRow?.seq ?? 0
      const updates = selectUpdates.all(boardId, snapshotSeq).map((row) => ({ seq: row.seq, update: new Uint8Array(row.data) }))
      return {
        snapshot: snapshotRow ? new Uint8Array(snapshotRow.data) : null,
        snapshotSeq,
        updates,
      }
    },
    async appendUpdate(boardId: string, update: Uint8Array) {
      return appendTx(boardId, [update])
    },
    async appendUpdates(boardId: string, updates: readonly Uint8Array[]) {
      return appendTx(boardId, updates)
    },
    async compact(boardId: string, snapshot: Uint8Array, throughSeq: number) {
      compactTx(boardId, snapshot, throughSeq)
    },
    async saveBoardSnapshot(snapshot: NewBoardSnapshot, maxPerBoard: number) {
      return saveSnapshotTx(snapshot, maxPerBoard)
    },
    async listBoardSnapshots(boardId: string) {
      return selectSnapshots.all(boardId).map(snapshotInfo)
    },
    async getBoardSnapshot(boardId: string, snapshotId: string) {
      const row = selectSnapshotState.get(boardId, snapshotId)
      return row ? { info: snapshotInfo(row), state: new Uint8Array(row.state) } : null
    },
    async putAsset(boardId: string, asset: NewAsset, maxBoardBytes: number) {
      return putAssetTx(boardId, asset, maxBoardBytes)
    },
    async getAsset(boardId: string, hash: string) {
      const row = selectAsset.get(boardId, hash)
      return row ? { mimeType: row.mime_type, bytes: new Uint8Array(row.data) } : null
    },
    async assetBytes(boardId: string) {
      return selectAssetTotal.get(boardId)?.total ?? 0
    },
    ...sqliteCommunities(db),
    readiness,
    async close() {
      await checkpointer?.stop()
      if (file !== ':memory:') db.pragma('wal_checkpoint(TRUNCATE)')
      db.close()
    },
  }
}
