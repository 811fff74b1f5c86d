/** The PostgreSQL schema, as numbered migrations each node applies at start. */
import type { PostgresAccess } from './postgresPool'
import { boardSnapshotsTableSql, boardTablesSql, communityTablesSql, POSTGRES_TYPES } from './schema'

/** Schema versions, applied in order once each; every statement may be re-run safely. */
const MIGRATIONS: readonly string[] = [
  `${boardTablesSql(POSTGRES_TYPES)}
   CREATE TABLE IF NOT EXISTS updates (
     seq BIGSERIAL PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id),
     data BYTEA NOT NULL
   );
   CREATE INDEX IF NOT EXISTS updates_by_board ON updates (board_id, seq);`,
  // Named board snapshots (shared/snapshots), not the compaction snapshot above.
  boardSnapshotsTableSql(POSTGRES_TYPES),
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
  // Communities: their facts, link tokens and boards (shared/community).
  communityTablesSql(POSTGRES_TYPES),
]

/** Advisory lock key that serializes migrations when several nodes start at once. */
const MIGRATION_LOCK = 7_130_001

/** Creates or upgrades the schema, applying each migration not yet recorded. */
export function migrate(db: PostgresAccess): Promise<void> {
  return db.inTransaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query(
      'CREATE TABLE IF NOT EXISTS plenary_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    )
    const applied = await client.query<{ version: number }>('SELECT version FROM plenary_migrations')
    const done = new Set(applied.rows.map((row) => row.version))
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1
      if (done.has(version)) continue
      await client.query(sql)
      await client.query('INSERT INTO plenary_migrations (version) VALUES ($1)', [version])
    }
  })
}
