/** Uploaded assets in PostgreSQL: content-addressed, one copy per board, under a per-board total. */
import { toBuffer, type PostgresAccess } from './postgresPool'
import type { BoardStore, NewAsset, PutAssetResult } from './types'

/** The asset methods of the PostgreSQL BoardStore. */
export function postgresAssets({ pool, guarded, inTransaction }: PostgresAccess): Pick<BoardStore, 'putAsset' | 'getAsset' | 'assetBytes'> {
  return {
    putAsset: (boardId: string, asset: NewAsset, maxBoardBytes: number) =>
      inTransaction(async (client): Promise<PutAssetResult> => {
        // Uploads to one board are serialized across nodes, so two cannot both pass the total.
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended('plenary:assets:' || $1, 0))", [boardId])
        const existing = await client.query('SELECT 1 FROM assets WHERE board_id = $1 AND hash = $2', [boardId, asset.hash])
        if (existing.rows.length > 0) return { ok: true, created: false }
        const sum = await client.query<{ total: string | null }>('SELECT SUM(bytes) AS total FROM assets WHERE board_id = $1', [boardId])
        if (Number(sum.rows[0]?.total ?? 0) + asset.bytes.byteLength > maxBoardBytes) return { ok: false, reason: 'full' }
        const data = toBuffer(asset.bytes)
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
  }
}
