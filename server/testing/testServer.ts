/**
 * Helpers for integration tests: a real server on port 0 with its own temporary data folder,
 * either in this process or as a child process that can be killed with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Registry } from 'prom-client'
import { startServer, type RunningServer } from '../app'
import { readConfig, type ServerConfig } from '../config'
import { createLogger, type Logger } from '../logger'

/** A temporary folder that a test owns. */
export function tempDir(prefix = 'plenary-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A stand-in client build, so server tests do not depend on `vite build`. */
export function fakeClientDir(): string {
  const dir = tempDir('plenary-client-')
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>Plenary</title></head><body></body></html>')
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("plenary")')
  return dir
}

/**
 * Starts a server in this process on a free port (with its own metrics registry unless given
 * one, and a logger at `overrides.logLevel`, silent by default, unless given one).
 */
export async function startTestServer(overrides: Partial<ServerConfig> = {}, metrics?: Registry, logger?: Logger): Promise<RunningServer> {
  const config: ServerConfig = {
    ...readConfig({}),
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDir(),
    clientDir: fakeClientDir(),
    logLevel: 'silent',
    idleUnloadMs: 50,
    // Tests create boards by the hundred from 127.0.0.1; the HTTP rate limit has its own tests
    // (server/http/rateLimit*.test.ts), which pass their own limits.
    httpRateLimit: { boardsPerHour: 0, boardBurst: 0, writesPerMinute: 0, writeBurst: 0 },
    ...overrides,
  }
  return startServer(config, logger ?? createLogger(config.logLevel), metrics)
}

/** A server running as a child process (so it can be killed like a real deployment). */
export interface ServerProcess {
  readonly origin: string
  readonly child: ChildProcess
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>
}

const REPO_ROOT = join(import.meta.dirname, '..', '..')

/** The compiled server that `npm run build` makes, run by `npm start` and the end-to-end tests. */
export const COMPILED_SERVER = join(REPO_ROOT, 'dist', 'server', 'index.js')

/**
 * Spawns the server on a free port and waits until it listens: `server/index.ts` with tsx, or
 * with `compiled` the build in dist/server as deployed. Log lines go to `onLog` when given;
 * otherwise warnings and errors are shown on stderr.
 */
export async function spawnServer(
  env: Record<string, string>,
  options: { onLog?: (line: string) => void; compiled?: boolean } = {},
): Promise<ServerProcess> {
  if (options.compiled && !existsSync(COMPILED_SERVER)) throw new Error(`${COMPILED_SERVER} is missing: run npm run build`)
  const entry = options.compiled ? [COMPILED_SERVER] : ['--import', 'tsx', 'server/index.ts']
  const child = spawn(process.execPath, entry, {
    cwd: REPO_ROOT,
    // Info level is forced: readiness is read from the "listening" log line.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const origin = await new Promise<string>((resolve, reject) => {
    let buffered = ''
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString()
      for (const line of buffered.split('\n')) {
        const match = /"origin":"(http:\/\/[^"]+)"/.exec(line)
        if (match?.[1]) {
          child.stdout?.off('data', onData)
          resolve(match[1])
          return
        }
      }
    }
    child.stdout?.on('data', onData)
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)))
  })
  // Keep draining output so the child never blocks on a full pipe; show warnings and errors.
  const onLog =
    options.onLog ??
    ((line: string) => {
      if (/"level":(4|5|6)\d/.test(line)) process.stderr.write(`[server] ${line}\n`)
    })
  let partial = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    // A chunk may end inside a line; keep that part for the next chunk.
    partial = lines.pop() ?? ''
    for (const line of lines) onLog(line)
  })
  return { origin, child, exited }
}
