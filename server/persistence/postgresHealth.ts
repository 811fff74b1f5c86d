/**
 * PostgreSQL's readiness check, on a connection of its own. A check that waited in the store's
 * pool would read a node whose connections are all busy for two seconds as down, and the load
 * balancer would drop it, sending its people to the other nodes, which then get busier too.
 * The connection is kept open between checks and opened again after any failure.
 */
import pg from 'pg'
import { probeWithin, type Readiness } from '../health/readiness'
import type { Logger } from '../logger'

/** How long PostgreSQL has to answer a readiness check (connecting included). */
const READINESS_TIMEOUT_MS = 2_000

/** The readiness check of a PostgreSQL store. */
export interface PostgresHealth {
  readiness(): Promise<Readiness>
  close(): Promise<void>
}

/** A check on its own connection to `connectionString`, opened at the first check. */
export function postgresHealth(connectionString: string, logger?: Logger): PostgresHealth {
  let client: pg.Client | null = null
  let closed = false

  const drop = (broken: pg.Client): void => {
    if (client === broken) client = null
    void broken.end().catch(() => undefined)
  }

  const connect = async (): Promise<pg.Client> => {
    const fresh = new pg.Client({
      connectionString,
      connectionTimeoutMillis: READINESS_TIMEOUT_MS,
      // A hung query is dropped with its connection; the next check opens another.
      query_timeout: READINESS_TIMEOUT_MS,
      keepAlive: true,
    })
    // A server restart closes the idle connection: the next check reconnects, the process stays up.
    fresh.on('error', (error) => {
      logger?.debug({ err: error }, 'the PostgreSQL readiness connection failed')
      drop(fresh)
    })
    try {
      await fresh.connect()
    } catch (error) {
      drop(fresh)
      throw error
    }
    if (closed) drop(fresh)
    else client = fresh
    return fresh
  }

  // Readiness answers are shared and cached (health/readiness.ts), so checks rarely overlap;
  // when they do, each may open a connection and the last one opened is kept.
  const ping = async (): Promise<void> => {
    const connection = client ?? (await connect())
    try {
      await connection.query('SELECT 1')
    } catch (error) {
      drop(connection)
      throw error
    }
  }

  return {
    readiness: () => (closed ? Promise.resolve({ ready: false, reason: 'postgres' }) : probeWithin('postgres', READINESS_TIMEOUT_MS, ping)),
    async close() {
      closed = true
      const open = client
      client = null
      await open?.end().catch(() => undefined)
    },
  }
}
