/**
 * Builds a running Plenary server from its configuration: storage, rooms, HTTP routes and
 * the sync endpoint, wired together here and nowhere else.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Registry } from 'prom-client'
import { BOARD_AUDIENCE } from './boardAudience'
import type { ServerConfig } from './config'
import { createClientApp } from './http/clientApp'
import { createHostCheck } from './http/hostCheck'
import { createHostRefusalLog } from './http/hostRefusalLog'
import { createHttpRateLimiter } from './http/rateLimit'
import { createRequestGuard } from './http/requestGuard'
import { createRouter } from './http/router'
import { httpRoutes } from './http/routes'
import { createLogger, type Logger } from './logger'
import { createMetricsRegistry } from './metrics/registry'
import { createServerMetrics } from './metrics/serverMetrics'
import { localFanout } from './fanout/local'
import type { Fanout } from './fanout/types'
import { createReadinessProbe } from './health/readiness'
import { openSqliteStore } from './persistence/sqlite'
import type { BoardStore } from './persistence/types'
import { createBoardPolicy } from './policy/boardPolicy'
import { RoomRegistry } from './rooms/RoomRegistry'
import { watchBreakoutSnapshots } from './snapshots/breakoutSnapshots'
import { listenFailure, storeFailure } from './startError'
import { attachSyncTransport } from './sync/transport'

/** A started server. */
export interface RunningServer {
  /** The http:// origin it listens on. */
  readonly origin: string
  readonly port: number
  readonly registry: RoomRegistry
  readonly store: BoardStore
  /** How this node's rooms reach the same boards' rooms on other nodes. */
  readonly fanout: Fanout
  readonly logger: Logger
  /** The Prometheus registry served at /metrics. */
  readonly metrics: Registry
  /** Stores every room, closes every connection (code 1012) and the database. */
  close(): Promise<void>
}

/** What a caller may hand in instead of what `config` describes. */
export interface StartOptions {
  /**
   * The store to use instead of the one `config` opens, for benchmarks and tests only (e.g.
   * bench/servers/plenaryNoPersistence.ts measures the server with nothing durable). The
   * server closes it on `close()`.
   */
  store?: BoardStore
}

/**
 * Starts the server described by `config`. `metricsRegistry` comes from the composition root;
 * by default each server gets a fresh one without process metrics (tests start many servers).
 */
export async function startServer(
  config: ServerConfig,
  logger: Logger = createLogger(config.logLevel),
  metricsRegistry: Registry = createMetricsRegistry({ processMetrics: false }),
  options: StartOptions = {},
): Promise<RunningServer> {
  const clientApp = createClientApp(
    config.clientDir,
    { tldrawLicenseKey: config.tldrawLicenseKey },
    { publicUrl: config.publicUrl, frameAncestors: config.frameAncestors },
  )
  const hostCheck = createHostCheck({ publicUrl: config.publicUrl, allowedHosts: config.allowedHosts })
  // One warning per refused name per minute, whether a page or a socket asked.
  const hostRefusals = createHostRefusalLog(logger)
  const store = options.store ?? (await openStore(config, logger))
  // The rooms gauge reads `registry` only when scraped, after it exists.
  const metrics = createServerMetrics(metricsRegistry, { roomsLoaded: () => registry.loadedCount })
  // Loaded only when configured: a node on SQLite alone never loads ioredis or pg (start time, memory).
  const fanout = config.redisUrl
    ? await (await import('./fanout/redis')).openRedisFanout(config.redisUrl, { nodeId: config.nodeId, logger, events: metrics.fanout })
    : localFanout(config.nodeId)
  const registry = new RoomRegistry({
    events: metrics.room,
    store,
    fanout,
    logger,
    policy: createBoardPolicy(),
    audience: BOARD_AUDIENCE,
    idleUnloadMs: config.idleUnloadMs,
    compactEvery: config.compactEvery,
    awarenessFlushMs: config.awarenessFlushMs,
    awarenessStatesPerSecond: config.awarenessStatesPerSecond || undefined,
    presenceRefreshMs: config.presenceRefreshMs,
    presenceLimits: config.presenceLimits,
    onRoomLoaded: (room) => watchBreakoutSnapshots(room, { store, registry, logger }),
  })
  const readiness = createReadinessProbe(
    [
      { part: config.databaseUrl ? 'postgres' : 'sqlite', check: () => store.readiness() },
      // Only the Redis fan-out can fail; the local one is always ready.
      { part: 'redis', check: () => fanout.readiness() },
    ],
    { logger },
  )
  const server = createServer(
    createRouter({
      routes: httpRoutes({
        store,
        registry,
        publicUrl: config.publicUrl,
        readiness: () => readiness.check(),
        metrics: metricsRegistry,
        assetLimits: { maxAssetBytes: config.maxAssetBytes, maxBoardAssetBytes: config.maxBoardAssetBytes },
      }),
      clientApp,
      logger,
      events: metrics.http,
      guard: createRequestGuard({
        hostCheck,
        hostRefusals,
        rateLimiter: createHttpRateLimiter(config.httpRateLimit),
        trustProxy: config.trustProxy,
        logger,
        refused: metrics.http.refused,
      }),
    }),
  )
  const transport = attachSyncTransport(server, {
    store,
    registry,
    logger,
    maxFrameBytes: config.maxFrameBytes,
    pingIntervalMs: config.pingIntervalMs,
    rateLimit: config.rateLimit,
    maxSendBufferBytes: config.maxSendBufferBytes,
    perMessageDeflateBytes: config.perMessageDeflateBytes,
    publicUrl: config.publicUrl,
    hostCheck,
    hostRefusals,
    events: metrics.transport,
  })

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(listenFailure(error, config))
    server.once('error', onError)
    server.listen(config.port, config.host, () => {
      server.off('error', onError)
      resolve()
    })
  })
  readiness.serving()
  const { port } = server.address() as AddressInfo
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  const origin = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  logger.info(
    {
      origin,
      nodeId: config.nodeId,
      storage: config.databaseUrl ? 'postgres' : 'sqlite',
      ...(config.databaseUrl ? {} : { dataDir: config.dataDir }),
      fanout: config.redisUrl ? 'redis' : 'none',
    },
    'Plenary is listening',
  )

  let closing: Promise<void> | null = null
  return {
    origin,
    port,
    registry,
    store,
    fanout,
    logger,
    metrics: metricsRegistry,
    close() {
      closing ??= (async () => {
        readiness.stopping()
        transport.close()
        await registry.closeAll()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await fanout.close()
        await store.close()
        logger.info('stopped')
      })()
      return closing
    },
  }
}

/**
 * PostgreSQL when DATABASE_URL is set (several nodes share it), else SQLite in the data folder.
 * Fails with a StartError naming the setting to check.
 */
async function openStore(config: ServerConfig, logger: Logger): Promise<BoardStore> {
  try {
    if (config.databaseUrl) return await (await import('./persistence/postgres')).openPostgresStore(config.databaseUrl, { logger })
    return openSqliteStore(join(config.dataDir, 'plenary.sqlite'), { logger })
  } catch (error) {
    throw storeFailure(error, config)
  }
}
