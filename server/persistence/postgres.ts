/**
 * PostgreSQL persistence (node-postgres pool), for several server nodes sharing one store.
 * An update is committed before `appendUpdate` resolves, and so before any node broadcasts it.
 * Sequence numbers come from one `bigserial`, so they are unique across nodes but may commit
 * out of order; compaction therefore folds exactly the rows it deletes into the snapshot, and
 * loading reads every row still in the log, never "rows after the snapshot's number".
 */
import pg from 'pg'
import * as Y from 'yjs'
import { isRole, type Role } from '../../shared/protocol'
import type { Logger } from '../logger'
import { StorageUnavailableError } from './errors'
import { snapshotInfo, type SnapshotRow } from './snapshotRow'
import type { BoardInfo, BoardStore, NewAsset, NewBoardSnapshot, NewToken, PutAssetResult, SaveSnapshotResult, StoredDocument } from './types'

/** Schema versions, applied in order once each; every statement may be re-run safely. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS boards (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE IF NOT EXISTS tokens (
     hash TEXT PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id),
     role TEXT NOT NULL,
     generation INTEGER NOT NULL,
     revoked_at TEXT
   );
   CREATE INDEX IF NOT EXISTS tokens_by_board ON tokens (board_id, role);
   CREATE TABLE IF NOT EXISTS snapshots (
     board_id TEXT PRIMARY KEY REFERENCES boards(id),
     seq BIGINT NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE TABLE IF NOT EXISTS updates (
     seq BIGSERIAL PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id),
     data BYTEA NOT NULL
   );
   CREATE INDEX IF NOT EXISTS updates_by_board ON updates (board_id, seq);`,
  // Named board snapshots (shared/snapshots), not the compaction snapshot above.
  `CREATE TABLE IF NOT EXISTS board_snapshots (
     id TEXT NOT NULL,
     board_id TEXT NOT NULL REFERENCES boards(id),
     name TEXT NOT NULL,
     author TEXT NOT NULL,
     kind TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     bytes INTEGER NOT NULL,
     state BYTEA NOT NULL,
     PRIMARY KEY (board_id, id)
   );
   CREATE INDEX IF NOT EXISTS board_snapshots_by_time ON board_snapshots (board_id, created_at);`,
  // Uploaded assets (images), content-addressed, one copy per board.
  `CREATE TABLE IF NOT EXISTS assets (
     board_id TEXT NOT NULL REFERENCES boards(id),
     hash TEXT NOT NULL,
     mime_type TEXT NOT NULL,
     bytes INTEGER NOT NULL,
     data BYTEA NOT NULL,
     created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     PRIMARY KEY (board_id, hash)
   );`,
]

/** Advisory lock key that serializes migrations when several nodes start at once. */
const MIGRATION_LOCK = 7_130_001

/** SQLSTATE classes meaning the server is unreachable or refusing work, not that the query is wrong. */
const UNAVAILABLE_CLASSES = new Set(['08', '53', '57', '58'])

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  logger?: Logger
  /** Connections in the pool (default 10). */
  maxConnections?: number
}

/**
 * Connects to `connectionString` (postgres://…), creates or upgrades the schema, and returns a
 * BoardStore over it. Rejects with {@link StorageUnavailableError} when the database is down.
 */
export async function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<BoardStore> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    // Fail fast when the database is gone, so rooms drop and clients are told (4001, 503).
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
  })
  // An idle connection that the server closes (restart, failover) must not crash the process.
  pool.on('error', (error) => options.logger?.warn({ err: error }, 'idle PostgreSQL connection failed'))

  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      throw isUnavailable(error) ? new StorageUnavailableError('PostgreSQL is unavailable', { cause: error }) : error
    }
  }
  const inTransaction = <T>(work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> =>
    guarded(async () => {
      const client = await pool.connect()
      let broken = false
      try {
        await client.query(begin)
        const result = await work(client)
        await client.query('COMMIT')
        return result
      } catch (error) {
        broken = isUnavailable(error)
        if (!broken) await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        // A connection that failed mid-transaction is discarded, not handed out again.
        client.release(broken)
      }
    })

  try {
    await inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      await client.query('CREATE TABLE IF NOT EXISTS plenary_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())')
      const applied = await client.query<{ version: number }>('SELECT version FROM plenary_migrations')
      const done = new Set(applied.rows.map((row) => row.version))
      for (const [index, sql] of MIGRATIONS.entries()) {
        const version = index + 1
        if (done.has(version)) continue
        await client.query(sql)
        await client.query('INSERT INTO plenary_migrations (version) VALUES ($1)', [version])
      }
    })
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw error
  }

  return {
    createBoard: (board: BoardInfo, tokens: NewToken[]) =>
      inTransaction(async (client) => {
        await client.query('INSERT INTO boards (id, title, created_at) VALUES ($1, $2, $3)', [board.id, board.title, board.createdAt])
        for (const token of tokens) {
          await client.query('INSERT INTO tokens (hash, board_id, role, generation) VALUES ($1, $2, $3, $4)', [
            token.hash,
            board.id,
            token.role,
            token.generation,
          ])
        }
      }),
    findToken: (boardId: string, hash: string) =>
      guarded(async () => {
        const { rows } = await pool.query<{ role: string; generation: number; revoked_at: string | null }>(
          'SELECT role, generation, revoked_at FROM tokens WHERE hash = $1 AND board_id = $2',
          [hash, boardId],
        )
        const row = rows[0]
        if (!row || !isRole(row.role)) return null
        return { role: row.role, generation: row.generation, revoked: row.revoked_at !== null }
      }),
    currentGenerations: (boardId: string) =>
      guarded(async () => {
        const { rows } = await pool.query<{ role: string; generation: number }>(
          'SELECT role, generation FROM tokens WHERE board_id = $1 AND revoked_at IS NULL',
          [boardId],
        )
        const generations: Partial<Record<Role, number>> = {}
        for (const row of rows) if (isRole(row.role)) generations[row.role] = row.generation
        return generations
      }),
    rotateToken: (boardId: string, token: NewToken) =>
      inTransaction(async (client) => {
        const revoked = await client.query<{ hash: string }>(
          'UPDATE tokens SET revoked_at = $1 WHERE board_id = $2 AND role = $3 AND revoked_at IS NULL RETURNING hash',
          [new Date().toISOString(), boardId, token.role],
        )
        await client.query('INSERT INTO tokens (hash, board_id, role, generation) VALUES ($1, $2, $3, $4)', [
          token.hash,
          boardId,
          token.role,
          token.generation,
        ])
        return revoked.rows.map((row) => row.hash)
      }),
    getBoard: (id: string) =>
      guarded(async () => {
        const { rows } = await pool.query<{ id: string; title: string; created_at: string }>(
          'SELECT id, title, created_at FROM boards WHERE id = $1',
          [id],
        )
        const row = rows[0]
        return row ? { id: row.id, title: row.title, createdAt: row.created_at } : null
      }),
    // One snapshot of the database for both reads, so a compaction committing in between
    // cannot make rows vanish from the log before they appear in the snapshot.
    loadDocument: (boardId: string) =>
      inTransaction(async (client): Promise<StoredDocument> => {
        const snapshot = await client.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM snapshots WHERE board_id = $1', [boardId])
        const updates = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM updates WHERE board_id = $1 ORDER BY seq',
          [boardId],
        )
        const snapshotRow = snapshot.rows[0]
        return {
          snapshot: snapshotRow ? new Uint8Array(snapshotRow.data) : null,
          snapshotSeq: snapshotRow ? Number(snapshotRow.seq) : 0,
          updates: updates.rows.map((row) => ({ seq: Number(row.seq), update: new Uint8Array(row.data) })),
        }
      }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'),
    appendUpdate: (boardId: string, update: Uint8Array) =>
      guarded(async () => {
        const { rows } = await pool.query<{ seq: string }>('INSERT INTO updates (board_id, data) VALUES ($1, $2) RETURNING seq', [
          boardId,
          Buffer.from(update.buffer, update.byteOffset, update.byteLength),
        ])
        const seq = rows[0]?.seq
        if (seq === undefined) throw new Error('INSERT … RETURNING seq returned no row')
        return Number(seq)
      }),
    appendUpdates: (boardId: string, updates: readonly Uint8Array[]) =>
      guarded(async () => {
        if (updates.length === 0) throw new Error('nothing to append')
        // One statement is one transaction; rows get their sequence numbers in array order.
        const { rows } = await pool.query<{ seq: string }>(
          'INSERT INTO updates (board_id, data) SELECT $1, data FROM unnest($2::bytea[]) WITH ORDINALITY AS u(data, n) ORDER BY n RETURNING seq',
          [boardId, updates.map((update) => Buffer.from(update.buffer, update.byteOffset, update.byteLength))],
        )
        if (rows.length !== updates.length) throw new Error('INSERT … RETURNING seq returned too few rows')
        return Math.max(...rows.map((row) => Number(row.seq)))
      }),
    compact: (boardId: string, snapshot: Uint8Array, throughSeq: number) =>
      inTransaction(async (client) => {
        // One compaction per board at a time, across every node; appends are not blocked.
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended('plenary:compact:' || $1, 0))", [boardId])
        const previous = await client.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM snapshots WHERE board_id = $1', [boardId])
        // Exactly the rows deleted here go into the new snapshot. The caller's snapshot may
        // lack a row another node stored (not yet received over the fan-out) and a row
        // committed late with a lower number stays in the log: nothing is lost either way.
        const folded = await client.query<{ data: Buffer }>(
          'DELETE FROM updates WHERE board_id = $1 AND seq <= $2 RETURNING seq, data',
          [boardId, throughSeq],
        )
        const merged = mergeIntoSnapshot([previous.rows[0]?.data ?? null, ...folded.rows.map((row) => row.data), snapshot])
        await client.query(
          `INSERT INTO snapshots (board_id, seq, data) VALUES ($1, $2, $3)
           ON CONFLICT (board_id) DO UPDATE SET seq = GREATEST(snapshots.seq, excluded.seq), data = excluded.data`,
          [boardId, throughSeq, Buffer.from(merged)],
        )
      }),
    saveBoardSnapshot: (snapshot: NewBoardSnapshot, maxPerBoard: number) =>
      inTransaction(async (client): Promise<SaveSnapshotResult> => {
        // Saves of one board are serialized across nodes, so two cannot both pass the cap.
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended('plenary:snapshots:' || $1, 0))", [snapshot.boardId])
        const count = await client.query<{ total: string }>('SELECT COUNT(*) AS total FROM board_snapshots WHERE board_id = $1', [snapshot.boardId])
        const excess = Number(count.rows[0]?.total ?? 0) - maxPerBoard + 1
        let pruned: string[] = []
        if (excess > 0) {
          const oldest = await client.query<{ id: string }>(
            "SELECT id FROM board_snapshots WHERE board_id = $1 AND kind = 'auto' ORDER BY created_at, id LIMIT $2",
            [snapshot.boardId, excess],
          )
          pruned = oldest.rows.map((row) => row.id)
          if (pruned.length < excess) return { ok: false, reason: 'full' }
          await client.query('DELETE FROM board_snapshots WHERE board_id = $1 AND id = ANY($2)', [snapshot.boardId, pruned])
        }
        const state = Buffer.from(snapshot.state.buffer, snapshot.state.byteOffset, snapshot.state.byteLength)
        await client.query(
          'INSERT INTO board_snapshots (id, board_id, name, author, kind, created_at, bytes, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [snapshot.id, snapshot.boardId, snapshot.name, snapshot.author, snapshot.kind, snapshot.createdAt, state.byteLength, state],
        )
        return { ok: true, pruned }
      }),
    listBoardSnapshots: (boardId: string) =>
      guarded(async () => {
        const { rows } = await pool.query<SnapshotRow>(
          `SELECT ${SNAPSHOT_COLUMNS} FROM board_snapshots WHERE board_id = $1 ORDER BY created_at DESC, id DESC`,
          [boardId],
        )
        return rows.map(snapshotInfo)
      }),
    getBoardSnapshot: (boardId: string, snapshotId: string) =>
      guarded(async () => {
        const { rows } = await pool.query<SnapshotRow & { state: Buffer }>(
          `SELECT ${SNAPSHOT_COLUMNS}, state FROM board_snapshots WHERE board_id = $1 AND id = $2`,
          [boardId, snapshotId],
        )
        const row = rows[0]
        return row ? { info: snapshotInfo(row), state: new Uint8Array(row.state) } : null
      }),
    putAsset: (boardId: string, asset: NewAsset, maxBoardBytes: number) =>
      inTransaction(async (client): Promise<PutAssetResult> => {
        // Uploads to one board are serialized across nodes, so two cannot both pass the total.
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended('plenary:assets:' || $1, 0))", [boardId])
        const existing = await client.query('SELECT 1 FROM assets WHERE board_id = $1 AND hash = $2', [boardId, asset.hash])
        if (existing.rows.length > 0) return { ok: true, created: false }
        const sum = await client.query<{ total: string | null }>('SELECT SUM(bytes) AS total FROM assets WHERE board_id = $1', [boardId])
        if (Number(sum.rows[0]?.total ?? 0) + asset.bytes.byteLength > maxBoardBytes) return { ok: false, reason: 'full' }
        const data = Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength)
        await client.query('INSERT INTO assets (board_id, hash, mime_type, bytes, data) VALUES ($1, $2, $3, $4, $5)', [
          boardId,
          asset.hash,
          asset.mimeType,
          data.byteLength,
          data,
        ])
        return { ok: true, created: true }
      }),
    getAsset: (boardId: string, hash: string) =>
      guarded(async () => {
        const { rows } = await pool.query<{ mime_type: string; data: Buffer }>(
          'SELECT mime_type, data FROM assets WHERE board_id = $1 AND hash = $2',
          [boardId, hash],
        )
        const row = rows[0]
        return row ? { mimeType: row.mime_type, bytes: new Uint8Array(row.data) } : null
      }),
    assetBytes: (boardId: string) =>
      guarded(async () => {
        const { rows } = await pool.query<{ total: string | null }>('SELECT SUM(bytes) AS total FROM assets WHERE board_id = $1', [boardId])
        return Number(rows[0]?.total ?? 0)
      }),
    close: () => pool.end(),
  }
}

const SNAPSHOT_COLUMNS = 'id, board_id, name, author, kind, created_at, bytes'

/** One snapshot holding every given update (unreadable ones skipped, as loading skips them). */
function mergeIntoSnapshot(updates: readonly (Uint8Array | null)[]): Uint8Array {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      for (const update of updates) {
        if (!update) continue
        try {
          Y.applyUpdate(doc, update)
        } catch {
          // Already unreadable in the log; loading skips and logs it the same way.
        }
      }
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof StorageUnavailableError) return true
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  // SQLSTATE codes are five characters. Node's socket errors (ECONNREFUSED, …) and pg's own
  // (a pool timeout, a connection terminated mid-query) are about reaching the server.
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_CLASSES.has(code.slice(0, 2))
  if (typeof code === 'string' && code.startsWith('E')) return true
  return error instanceof Error && /connect|terminat|timeout|ended/i.test(error.message)
}
