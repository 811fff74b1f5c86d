/**
 * Real PostgreSQL and Redis servers for tests, from Debian's packages (`postgresql`,
 * `redis-server`; .ci/run installs them): each on a free port with its data in a temporary
 * folder, stopped and removed afterwards. Missing binaries fail the test with a clear message.
 * PostgreSQL refuses to run as root, so under root (CI) it runs as the `postgres` user that
 * Debian's package creates.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { freePort } from './freePort'
import { tempDir } from './testServer'

/** A database server a test started. */
export interface ServiceInstance {
  /** Connection URL (postgres://… or redis://…). */
  readonly url: string
  readonly port: number
  /** Stops the server (data kept), resolving once it has exited. */
  stop(): Promise<void>
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>
  /** Stops it and deletes its data. */
  dispose(): Promise<void>
}

/** Finds an executable in PATH or `extraDirs`, or throws saying which package provides it. */
export function findBinary(name: string, debianPackage: string, extraDirs: readonly string[] = []): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs, '/usr/sbin', '/usr/bin']
  for (const dir of dirs) {
    const candidate = join(dir, name)
    if (dir && existsSync(candidate)) return candidate
  }
  throw new Error(
    `${name} not found (looked in PATH, ${extraDirs.join(', ') || 'no extra folders'}). ` +
      `Install Debian's ${debianPackage} package: apt-get install -y ${debianPackage} (.ci/run does this in CI).`,
  )
}

/** PostgreSQL's server binaries live outside PATH on Debian: newest version first. */
function postgresBinDirs(): string[] {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return []
  return readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'))
}

/** uid/gid to run PostgreSQL as: the current user, or `postgres` when we are root. */
function postgresIdentity(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    return { uid, gid }
  } catch {
    throw new Error(
      'PostgreSQL cannot run as root and there is no "postgres" user; install Debian\'s postgresql package, which creates it.',
    )
  }
}

/** Spawns a server and resolves once a line of its output matches `ready`. */
function spawnUntilReady(
  command: string,
  args: string[],
  options: { ready: RegExp; identity: { uid: number; gid: number } | null; cwd: string; what: string },
): Promise<ChildProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' },
    ...(options.identity ?? {}),
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`${options.what} did not start within 30 s:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (options.ready.test(output)) {
        clearTimeout(timer)
        child.off('exit', onExit)
        resolve(child)
      }
    }
    const onExit = (code: number | null) => fail(new Error(`${options.what} exited with ${code} before it was ready:\n${output}`))
    function fail(error: Error): void {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onExit)
  })
}

function stopChild(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}

/** The handle of a started server whose data lives in `dir`, deleted on dispose. */
function serviceInstance(url: string, port: number, dir: string, start: () => Promise<void>, stop: () => Promise<void>): ServiceInstance {
  return {
    url,
    port,
    stop,
    start,
    async dispose() {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Initialises a cluster in a temporary folder and starts PostgreSQL on a free port (user
 * `plenary`, trust auth). Tests run it without fsync (they kill server nodes, never the
 * database's machine); `durable` keeps fsync on, as a deployment would, for benchmarks.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<ServiceInstance> {
  const binDirs = postgresBinDirs()
  const initdb = findBinary('initdb', 'postgresql', binDirs)
  const postgres = findBinary('postgres', 'postgresql', binDirs)
  const identity = postgresIdentity()
  // Under root the folder must be reachable by the postgres user: /tmp is, a private TMPDIR may not be.
  const dir = identity ? mkdtempSync(join('/tmp', 'plenary-pg-')) : tempDir('plenary-pg-')
  if (identity) chownSync(dir, identity.uid, identity.gid)
  const data = join(dir, 'data')
  execFileSync(initdb, ['-D', data, '-U', 'plenary', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'], {
    cwd: dir,
    stdio: 'pipe',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' },
    ...(identity ?? {}),
  })
  const port = await freePort()
  let child: ChildProcess | null = null
  const start = async () => {
    child = await spawnUntilReady(
      postgres,
      ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, ...(options.durable ? [] : ['-F']), '-c', 'max_connections=100'],
      { ready: /ready to accept connections/, identity, cwd: dir, what: 'postgres' },
    )
  }
  await start()
  // SIGINT is PostgreSQL's fast shutdown: connections are cut, like a crashed or restarted database.
  const stop = () => stopChild(child, 'SIGINT')
  return serviceInstance(`postgres://plenary@127.0.0.1:${port}/postgres`, port, dir, start, stop)
}

/** Starts redis-server on a free port, without persistence. */
export async function startRedis(): Promise<ServiceInstance> {
  const redisServer = findBinary('redis-server', 'redis-server')
  const dir = tempDir('plenary-redis-')
  const port = await freePort()
  let child: ChildProcess | null = null
  const start = async () => {
    child = await spawnUntilReady(
      redisServer,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'],
      { ready: /Ready to accept connections/, identity: null, cwd: dir, what: 'redis-server' },
    )
  }
  await start()
  // SIGKILL: an outage, not a tidy shutdown.
  const stop = () => stopChild(child, 'SIGKILL')
  return serviceInstance(`redis://127.0.0.1:${port}`, port, dir, start, stop)
}
