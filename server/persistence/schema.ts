/**
 * The tables both stores define alike, written once. Only column types differ between the
 * databases; the tables whose shape differs (the update log, assets) stay with their store.
 */

/** Column types of one database. */
export interface ColumnTypes {
  /** A 64-bit integer: sequence numbers, millisecond times. */
  readonly integer: 'INTEGER' | 'BIGINT'
  /** Binary data. */
  readonly bytes: 'BLOB' | 'BYTEA'
}

/** SQLite's column types. */
export const SQLITE_TYPES: ColumnTypes = { integer: 'INTEGER', bytes: 'BLOB' }

/** PostgreSQL's column types. */
export const POSTGRES_TYPES: ColumnTypes = { integer: 'BIGINT', bytes: 'BYTEA' }

/** Boards, their access tokens, and each board's compaction snapshot. */
export function boardTablesSql(types: ColumnTypes): string {
  return `
CREATE TABLE IF NOT EXISTS boards (
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
  seq ${types.integer} NOT NULL,
  data ${types.bytes} NOT NULL
);`
}

/** Named board snapshots (shared/snapshots), not the compaction snapshot above. */
export function boardSnapshotsTableSql(types: ColumnTypes): string {
  return `
CREATE TABLE IF NOT EXISTS board_snapshots (
  id TEXT NOT NULL,
  board_id TEXT NOT NULL REFERENCES boards(id),
  name TEXT NOT NULL,
  author TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at ${types.integer} NOT NULL,
  bytes INTEGER NOT NULL,
  state ${types.bytes} NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX IF NOT EXISTS board_snapshots_by_time ON board_snapshots (board_id, created_at);`
}
