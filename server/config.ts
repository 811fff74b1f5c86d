/**
 * Runtime configuration from the environment, read once by the composition root. Everything
 * a deployer may set is here, with the defaults of the one-command start.
 */
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { DEFAULT_MAX_ASSET_BYTES } from '../shared/assets'
import { DEFAULT_PRESENCE_LIMITS, type PresenceLimitConfig } from './limits/presenceLimit'

/** The server's configuration. */
export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /** Folder with the built client (index.html and assets). */
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

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`)
  return parsed
}

function hostsFrom(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(',')
    .map((host) => host.trim().toLowerCase().replace(/\.$/, ''))
    .filter((host) => host !== '')
    .map((host) => {
      if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
        throw new Error(`ALLOWED_HOSTS takes host names without scheme or port, comma separated; got "${host}"`)
      }
      return host
    })
}

/** A CSP source list: 'none' alone, or 'self', schemes and hosts; nothing that could end the directive. */
function frameAncestorsFrom(value: string | undefined): string {
  const sources = (value ?? '')
    .trim()
    .split(/\s+/)
    .filter((source) => source !== '')
  if (sources.length === 0) return "'none'"
  const valid = /^('self'|https?:|(https?:\/\/)?(\*\.)?[a-z0-9.-]+(:(\d+|\*))?)$/i
  const bad = sources.find((source) => !valid.test(source))
  if (bad !== undefined && !(bad === "'none'" && sources.length === 1)) {
    throw new Error(`FRAME_ANCESTORS takes 'none' or space-separated origins like https://coops.example; got "${bad}"`)
  }
  return sources.join(' ')
}

/** A cap of 0 would close every browser, so these must be at least 1. */
function positiveIntFrom(value: string | undefined, fallback: number, name: string): number {
  const parsed = intFrom(value, fallback, name)
  if (parsed < 1) throw new Error(`${name} must be at least 1, got "${value ?? ''}"`)
  return parsed
}

function urlFrom(value: string | undefined): string | null {
  if (!value) return null
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('PUBLIC_URL must be http(s)')
  return url.origin
}

function serviceUrlFrom(value: string | undefined, name: string, protocols: readonly string[]): string | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} must be a URL like ${protocols[0]}//host:port/…`)
  }
  if (!protocols.includes(url.protocol)) throw new Error(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`)
  return value
}

/** Reads the configuration from `env` (process.env by default); throws a clear error on bad values. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
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
    throw new Error('REDIS_URL needs DATABASE_URL: several nodes must share one PostgreSQL database')
  }
  if (rateLimit.byteBurst < maxFrameBytes) {
    throw new Error(`RATE_LIMIT_BYTE_BURST (${rateLimit.byteBurst}) must be at least MAX_FRAME_BYTES (${maxFrameBytes})`)
  }
  return {
    port: intFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    clientDir: resolve(env.CLIENT_DIR || './dist/client'),
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || null,
    publicUrl: urlFrom(env.PUBLIC_URL),
    logLevel: env.LOG_LEVEL || 'info',
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
