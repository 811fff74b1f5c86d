/** A board snapshot's row as both stores select it, and its mapping to {@link SnapshotInfo}. */
import type { SnapshotInfo } from '../../shared/snapshots/types'

/** The columns of `board_snapshots` that describe a snapshot (not its state). */
export interface SnapshotRow {
  id: string
  board_id: string
  name: string
  author: string
  kind: string
  /** Milliseconds; node-postgres returns a BIGINT as a string, SQLite a number. */
  created_at: number | string
  bytes: number
}

/** The snapshot a row describes; an unknown kind reads as "manual". */
export function snapshotInfo(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id,
    boardId: row.board_id,
    name: row.name,
    author: row.author,
    kind: row.kind === 'auto' ? 'auto' : 'manual',
    createdAt: Number(row.created_at),
    bytes: row.bytes,
  }
}
