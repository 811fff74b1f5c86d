/**
 * PostgreSQL persistence (node-postgres pool), for several server nodes sharing one store.
 * An update is committed before `appendUpdate` resolves, and so before any node broadcasts it.
 * Sequence numbers come from one `bigserial`, so they are unique across nodes but may commit
 * out of order; compaction therefore folds exactly the rows it deletes into the snapshot, and
 * loading reads every row still in the log, never "rows after the snapshot's number".
 */
import * as Y from 'yjs'
import { isRole, type Role } from '../../shared/protocol'
import type { Logger } from '../logger'
import { postgresAssets } from './postgresAssets'
import { postgresBoardSnapshots } from './postgresBoardSnapshots'
import { postgresCommunities } from './postgresCommunities'
import { postgresHealth } from './postgresHealth'
import { migrate } from './postgresMigrations'
import { openPostgresPool, toBuffer } from './postgresPool'
import type { BoardInfo, BoardStore, NewToken, StoredDocument } from './types'

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  logger?: Logger
  /** Connections in the pool (default 10). */
  maxConnections?: number
}

/**
 * Connects to `connectionString` (postgres://…), creates or upgrades the schema, and returns a
 * BoardStore over it. Rejects with StorageUnavailableError (./errors) when the database is down.
 */
export async function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<BoardStore> {
  const db = openPostgresPool(connectionString, options)
  const { pool, guarded, inTransaction } = db
  try {
    await migrate(db)
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw error
  }
  const health = postgresHealth(connectionString, options.logger)

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
          toBuffer(update),
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
          [boardId, updates.map((update) => toBuffer(update))],
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
        const folded = await client.query<{ data: Buffer }>('DELETE FROM updates WHERE board_id = $1 AND seq <= $2 RETURNING seq, data', [
          boardId,
          throughSeq,
        ])
        const merged = mergeIntoSnapshot([previous.rows[0]?.data ?? null, ...folded.rows.map((row) => row.data), snapshot])
        await client.query(
          `INSERT INTO snapshots (board_id, seq, data) VALUES ($1, $2, $3)
           ON CONFLICT (board_id) DO UPDATE SET seq = GREATEST(snapshots.seq, excluded.seq), data = excluded.data`,
          [boardId, throughSeq, Buffer.from(merged)],
        )
      }),
    ...postgresBoardSnapshots(db),
    ...postgresAssets(db),
    ...postgresCommunities(db),
    // Not from the pool: a node whose connections are all busy is slow, not down.
    readiness: () => health.readiness(),
    close: async () => {
      await Promise.all([pool.end(), health.close()])
    },
  }
}

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
