/**
 * Runtime configuration from the environment, read once by the composition root. Everything
 * a deployer may set is here, with the defaults of the one-command start.
 */
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { DEFAULT_MAX_ASSET_BYTES } from '../shared/assets'
import {
  frameAncestorsFrom,
  hostFrom,
  hostsFrom,
  intFrom,
  logLevelFrom,
  portFrom,
  positiveIntFrom,
  serviceUrlFrom,
  urlFrom,
  ConfigError,
} from './configValues'
import { DEFAULT_PRESENCE_LIMITS, type PresenceLimitConfig } from './limits/presenceLimit'

export { ConfigError } from './configValues'

/** The server's configuration. */
export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /**
   * Folder with the built client (index.html and assets): `CLIENT_DIR`, by default the `client/`
   * folder next to the compiled server's folder (`dist/server` serves `dist/client`, a release's
   * `server/` its `client/`).
   */
  clientDir: string
  /** tldraw licence key handed to the client at runtime (no rebuild needed). */
  tldrawLicenseKey: string | null
  /** The public origin behind a proxy, e.g. https://board.example.coop; null = from the request. */
  publicUrl: string | null
  logLevel: string
  /** Largest WebSocket frame accepted, in bytes. */
  maxFrameBytes: number
  /** How long an empty room stays loaded before it is stored and unloaded. */
  idleUnloadMs: number
  /** Compact a board's update log into a snapshot after this many updates. */
  compactEvery: number
  /** Interval of WebSocket pings that find dead connections. */
  pingIntervalMs: number
  /** Per-connection limits on what a client sends; excess closes it with 4002. */
  rateLimit: RateLimitConfig
  /** Per-connection caps on what a client claims in awareness; excess closes it with 4005. */
  presenceLimits: PresenceLimitConfig
  /**
   * Unsent bytes a connection may hold in its send buffer before it is terminated as a slow
   * reader. Checked before each send, so one frame larger than this still goes out alone.
   */
  maxSendBufferBytes: number
  /** PostgreSQL connection URL (DATABASE_URL); null keeps the embedded SQLite store in `dataDir`. */
  databaseUrl: string | null
  /** Redis URL (REDIS_URL) for cross-node fan-out; null = this node alone. Needs `databaseUrl`. */
  redisUrl: string | null
  /** This node's id in fan-out messages and logs (NODE_ID); random per process by default. */
  nodeId: string
  /** Presence changes are relayed at most this often, coalesced (AWARENESS_FLUSH_MS; 0 = each at once). */
  awarenessFlushMs: number
  /** With coalescing, at most this many presence states relayed per second to one connection (AWARENESS_STATES_PER_SECOND; 0 = no cap). */
  awarenessStatesPerSecond: number
  /** With coalescing, presence a connection cannot see reaches it this often (PRESENCE_REFRESH_MS; 0 = all at once). */
  presenceRefreshMs: number
  /**
   * Frames at least this large are sent permessage-deflate compressed to clients that offer
   * it, as browsers do (PER_MESSAGE_DEFLATE_BYTES); 0 = compression off. See docs/PERFORMANCE.md.
   */
  perMessageDeflateBytes: number
  /** Largest image one upload may store in a board's asset store, in bytes (MAX_ASSET_BYTES). */
  maxAssetBytes: number
  /** Largest total of one board's stored assets, in bytes (MAX_BOARD_ASSET_BYTES). */
  maxBoardAssetBytes: number
  /** Per-client-address limits on HTTP writes; excess is answered 429 `rate_limited`. */
  httpRateLimit: HttpRateLimitConfig
  /**
   * How many reverse proxies in front of the server append to X-Forwarded-For (TRUST_PROXY);
   * 0 = the header is ignored and the socket's address is the client's.
   */
  trustProxy: number
  /** Host names accepted besides loopback names, IP literals and PUBLIC_URL's host (ALLOWED_HOSTS). */
  allowedHosts: string[]
  /** The CSP `frame-ancestors` sources (FRAME_ANCESTORS): who may frame the board. */
  frameAncestors: string
}

/**
 * Token buckets per client address for HTTP writes (see server/http/rateLimit.ts). A rate of 0
 * turns that limit off. Defaults leave a facilitator creating boards for a day of workshops, or
 * pasting a hundred pictures at once, well inside them.
 */
export interface HttpRateLimitConfig {
  /** `POST /api/boards`, sustained (RATE_LIMIT_BOARDS_PER_HOUR). */
  boardsPerHour: number
  /** `POST /api/boards` at once (RATE_LIMIT_BOARD_BURST). */
  boardBurst: number
  /** Every other POST/PUT/PATCH/DELETE under /api/, sustained (RATE_LIMIT_WRITES_PER_MINUTE). */
  writesPerMinute: number
  /** Other writes at once (RATE_LIMIT_WRITE_BURST). */
  writeBurst: number
}

/**
 * Token buckets per connection: each bucket holds up to its burst and refills at its rate.
 * Defaults leave a dragging tldraw client (~60 updates/s + ~20 awareness/s, well under
 * 100 kB/s) far from the limits while bounding what one socket can make the server do.
 */
export interface RateLimitConfig {
  messagesPerSecond: number
  messageBurst: number
  bytesPerSecond: number
  /** At least `maxFrameBytes`, or an honest client resending its largest frame would loop on 4002. */
  byteBurst: number
}

const MiB = 1024 * 1024

/** Default largest total of one board's stored assets (MAX_BOARD_ASSET_BYTES). */
export const DEFAULT_MAX_BOARD_ASSET_BYTES = 200 * MiB

/** Defaults that depend on where the server runs rather than on the environment. */
export interface ConfigDefaults {
  /** The built client used when `CLIENT_DIR` is not set (relative paths: to the working directory). */
  clientDir: string
}

/**
 * Reads the configuration from `env` (process.env by default); throws a clear error on bad values.
 * The composition root passes the built client next to the server as `defaults.clientDir`.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, defaults: ConfigDefaults = { clientDir: './dist/client' }): ServerConfig {
  const maxFrameBytes = intFrom(env.MAX_FRAME_BYTES, 32 * MiB, 'MAX_FRAME_BYTES')
  const rateLimit: RateLimitConfig = {
    messagesPerSecond: intFrom(env.RATE_LIMIT_MESSAGES_PER_SECOND, 300, 'RATE_LIMIT_MESSAGES_PER_SECOND'),
    messageBurst: intFrom(env.RATE_LIMIT_MESSAGE_BURST, 1000, 'RATE_LIMIT_MESSAGE_BURST'),
    bytesPerSecond: intFrom(env.RATE_LIMIT_BYTES_PER_SECOND, 1 * MiB, 'RATE_LIMIT_BYTES_PER_SECOND'),
    byteBurst: intFrom(env.RATE_LIMIT_BYTE_BURST, 2 * maxFrameBytes, 'RATE_LIMIT_BYTE_BURST'),
  }
  const databaseUrl = serviceUrlFrom(env.DATABASE_URL, 'DATABASE_URL', ['postgres:', 'postgresql:'])
  const redisUrl = serviceUrlFrom(env.REDIS_URL, 'REDIS_URL', ['redis:', 'rediss:'])
  if (redisUrl && !databaseUrl) {
    // Nodes catch up from the shared store after a Redis outage; one SQLite file per node is not shared.
    throw new ConfigError('REDIS_URL needs DATABASE_URL: several nodes must share one PostgreSQL database')
  }
  if (rateLimit.byteBurst < maxFrameBytes) {
    throw new ConfigError(`RATE_LIMIT_BYTE_BURST (${rateLimit.byteBurst}) must be at least MAX_FRAME_BYTES (${maxFrameBytes})`)
  }
  return {
    port: portFrom(env.PORT),
    host: hostFrom(env.HOST),
    dataDir: resolve(env.DATA_DIR || './data'),
    clientDir: resolve(env.CLIENT_DIR || defaults.clientDir),
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || null,
    publicUrl: urlFrom(env.PUBLIC_URL),
    logLevel: logLevelFrom(env.LOG_LEVEL),
    maxFrameBytes,
    idleUnloadMs: intFrom(env.ROOM_IDLE_UNLOAD_MS, 10_000, 'ROOM_IDLE_UNLOAD_MS'),
    compactEvery: intFrom(env.COMPACT_EVERY, 500, 'COMPACT_EVERY'),
    pingIntervalMs: intFrom(env.PING_INTERVAL_MS, 30_000, 'PING_INTERVAL_MS'),
    rateLimit,
    presenceLimits: {
      maxClientIds: positiveIntFrom(env.PRESENCE_MAX_CLIENT_IDS, DEFAULT_PRESENCE_LIMITS.maxClientIds, 'PRESENCE_MAX_CLIENT_IDS'),
      maxStatesPerFrame: positiveIntFrom(
        env.PRESENCE_MAX_STATES_PER_FRAME,
        DEFAULT_PRESENCE_LIMITS.maxStatesPerFrame,
        'PRESENCE_MAX_STATES_PER_FRAME',
      ),
      maxStateBytes: positiveIntFrom(env.PRESENCE_MAX_STATE_BYTES, DEFAULT_PRESENCE_LIMITS.maxStateBytes, 'PRESENCE_MAX_STATE_BYTES'),
    },
    maxSendBufferBytes: intFrom(env.MAX_SEND_BUFFER_BYTES, 16 * MiB, 'MAX_SEND_BUFFER_BYTES'),
    databaseUrl,
    redisUrl,
    nodeId: env.NODE_ID || `node-${randomBytes(4).toString('hex')}`,
    awarenessFlushMs: intFrom(env.AWARENESS_FLUSH_MS, 50, 'AWARENESS_FLUSH_MS'),
    awarenessStatesPerSecond: intFrom(env.AWARENESS_STATES_PER_SECOND, 600, 'AWARENESS_STATES_PER_SECOND'),
    presenceRefreshMs: intFrom(env.PRESENCE_REFRESH_MS, 5000, 'PRESENCE_REFRESH_MS'),
    perMessageDeflateBytes: intFrom(env.PER_MESSAGE_DEFLATE_BYTES, 0, 'PER_MESSAGE_DEFLATE_BYTES'),
    maxAssetBytes: intFrom(env.MAX_ASSET_BYTES, DEFAULT_MAX_ASSET_BYTES, 'MAX_ASSET_BYTES'),
    maxBoardAssetBytes: intFrom(env.MAX_BOARD_ASSET_BYTES, DEFAULT_MAX_BOARD_ASSET_BYTES, 'MAX_BOARD_ASSET_BYTES'),
    httpRateLimit: {
      boardsPerHour: intFrom(env.RATE_LIMIT_BOARDS_PER_HOUR, 60, 'RATE_LIMIT_BOARDS_PER_HOUR'),
      boardBurst: intFrom(env.RATE_LIMIT_BOARD_BURST, 20, 'RATE_LIMIT_BOARD_BURST'),
      writesPerMinute: intFrom(env.RATE_LIMIT_WRITES_PER_MINUTE, 120, 'RATE_LIMIT_WRITES_PER_MINUTE'),
      writeBurst: intFrom(env.RATE_LIMIT_WRITE_BURST, 120, 'RATE_LIMIT_WRITE_BURST'),
    },
    trustProxy: intFrom(env.TRUST_PROXY, 0, 'TRUST_PROXY'),
    allowedHosts: hostsFrom(env.ALLOWED_HOSTS),
    frameAncestors: frameAncestorsFrom(env.FRAME_ANCESTORS),
  }
}
