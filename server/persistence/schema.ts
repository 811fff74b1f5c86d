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
  /** A truth value: 0/1 in SQLite. */
  readonly boolean: 'INTEGER' | 'BOOLEAN'
}

/** SQLite's column types. */
export const SQLITE_TYPES: ColumnTypes = { integer: 'INTEGER', bytes: 'BLOB', boolean: 'INTEGER' }

/** PostgreSQL's column types. */
export const POSTGRES_TYPES: ColumnTypes = { integer: 'BIGINT', bytes: 'BYTEA', boolean: 'BOOLEAN' }

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

/**
 * Communities (shared/community): their facts, their link tokens (stored as board roles, made
 * like a board's) and the boards that belong to them. A board belongs to one community at most.
 */
export function communityTablesSql(types: ColumnTypes): string {
  return `
CREATE TABLE IF NOT EXISTS communities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  created_at TEXT NOT NULL,
  standing_board_id TEXT NOT NULL REFERENCES boards(id),
  published ${types.boolean} NOT NULL,
  relation_labels TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS community_tokens (
  hash TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities(id),
  role TEXT NOT NULL,
  generation INTEGER NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS community_tokens_by_community ON community_tokens (community_id, role);
CREATE TABLE IF NOT EXISTS community_boards (
  board_id TEXT PRIMARY KEY REFERENCES boards(id),
  community_id TEXT NOT NULL REFERENCES communities(id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  starts_at TEXT,
  recording_url TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS community_boards_by_community ON community_boards (community_id);`
}
