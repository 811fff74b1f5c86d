/**
 * Runtime configuration from the environment, read once by the composition root. Everything
 * a deployer may set is here, with the defaults of the one-command start.
 */
import { resolve } from 'node:path'

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
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`)
  return parsed
}

function urlFrom(value: string | undefined): string | null {
  if (!value) return null
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('PUBLIC_URL must be http(s)')
  return url.origin
}

/** Reads the configuration from `env` (process.env by default); throws a clear error on bad values. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    clientDir: resolve(env.CLIENT_DIR || './dist/client'),
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || null,
    publicUrl: urlFrom(env.PUBLIC_URL),
    logLevel: env.LOG_LEVEL || 'info',
    maxFrameBytes: intFrom(env.MAX_FRAME_BYTES, 32 * 1024 * 1024, 'MAX_FRAME_BYTES'),
    idleUnloadMs: intFrom(env.ROOM_IDLE_UNLOAD_MS, 10_000, 'ROOM_IDLE_UNLOAD_MS'),
    compactEvery: intFrom(env.COMPACT_EVERY, 500, 'COMPACT_EVERY'),
    pingIntervalMs: intFrom(env.PING_INTERVAL_MS, 30_000, 'PING_INTERVAL_MS'),
  }
}
