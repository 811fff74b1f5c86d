/**
 * The PostgreSQL connection pool and the two ways the store runs work on it: one query
 * (`guarded`) or one transaction (`inTransaction`). Both turn "the database is unreachable"
 * into {@link StorageUnavailableError}, so rooms drop and clients are told (4001, 503).
 */
import pg from 'pg'
import type { Logger } from '../logger'
import { StorageUnavailableError } from './errors'

/** SQLSTATE classes meaning the server is unreachable or refusing work, not that the query is wrong. */
const UNAVAILABLE_CLASSES = new Set(['08', '53', '57', '58'])

/** A pool and the guarded ways to use it (functions that need no `this`: the stores destructure them). */
export interface PostgresAccess {
  readonly pool: pg.Pool
  /** Runs `work`, turning unavailability errors into {@link StorageUnavailableError}. */
  readonly guarded: <T>(work: () => Promise<T>) => Promise<T>
  /** Runs `work` in one transaction opened with `begin`, committed if it resolves, rolled back if it throws. */
  readonly inTransaction: <T>(work: (client: pg.PoolClient) => Promise<T>, begin?: string) => Promise<T>
}

/** Opens a pool of `maxConnections` (default 10) to `connectionString`; nothing connects until first use. */
export function openPostgresPool(connectionString: string, options: { logger?: Logger; maxConnections?: number }): PostgresAccess {
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
  return { pool, guarded, inTransaction }
}

/** `bytes` as a Buffer over the same memory, as node-postgres sends BYTEA parameters. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
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
