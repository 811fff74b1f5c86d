/** Named board snapshots in PostgreSQL: save under a per-board cap, list, read one. */
import { toBuffer, type PostgresAccess } from './postgresPool'
import { snapshotInfo, type SnapshotRow } from './snapshotRow'
import type { BoardStore, NewBoardSnapshot, SaveSnapshotResult } from './types'

const SNAPSHOT_COLUMNS = 'id, board_id, name, author, kind, created_at, bytes'

/** The snapshot methods of the PostgreSQL BoardStore. */
export function postgresBoardSnapshots({
  pool,
  guarded,
  inTransaction,
}: PostgresAccess): Pick<BoardStore, 'saveBoardSnapshot' | 'listBoardSnapshots' | 'getBoardSnapshot'> {
  return {
    saveBoardSnapshot: (snapshot: NewBoardSnapshot, maxPerBoard: number) =>
      inTransaction(async (client): Promise<SaveSnapshotResult> => {
        // Saves of one board are serialized across nodes, so two cannot both pass the cap.
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended('plenary:snapshots:' || $1, 0))", [snapshot.boardId])
        const count = await client.query<{ total: string }>('SELECT COUNT(*) AS total FROM board_snapshots WHERE board_id = $1', [
          snapshot.boardId,
        ])
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
        const state = toBuffer(snapshot.state)
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
  }
}
