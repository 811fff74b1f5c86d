/**
 * Runs the release as an operator would: unpacked from its tarball in a folder outside the
 * repository, started with a plain command (no npm, no tsx), ready once `/readyz` answers 200,
 * stopped with SIGTERM. Shared by the tests of the release and of the deployment files.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort } from '../server/testing/freePort'

/** The repository's root folder. */
export const REPO_ROOT = join(import.meta.dirname, '..')

const RELEASE_DIR = join(REPO_ROOT, 'release')
const run = promisify(execFile)

/** The tarball `npm run release` made; throws a message saying how to make it when there is none. */
export function releaseTarball(): string {
  const tarballs = existsSync(RELEASE_DIR) ? readdirSync(RELEASE_DIR).filter((name) => /^plenary-.+\.tar\.gz$/.test(name)) : []
  if (tarballs.length !== 1) {
    throw new Error(`expected one release/plenary-<version>.tar.gz, found ${tarballs.length}: run npm run release`)
  }
  return join(RELEASE_DIR, tarballs[0] ?? '')
}

/** An unpacked release in a temporary folder outside the repository. */
export interface UnpackedRelease {
  /** The release's own folder (`…/plenary-<version>`): what /opt/plenary or the image's WORKDIR holds. */
  readonly dir: string
  /** The names at the tarball's top level (one folder, for `tar --strip-components=1`). */
  readonly topLevel: readonly string[]
  /** Removes the temporary folder. */
  remove(): void
}

/** Unpacks the release tarball with the system's `tar`, as an operator does. */
export async function unpackRelease(): Promise<UnpackedRelease> {
  const tarball = releaseTarball()
  const root = mkdtempSync(join(tmpdir(), 'plenary-release-'))
  await run('tar', ['-xzf', tarball, '-C', root])
  const topLevel = readdirSync(root)
  return {
    dir: join(root, topLevel[0] ?? ''),
    topLevel,
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}

/** A temporary folder for a started release's data; removed by the caller. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'plenary-data-'))
}

/** How to start a release. */
export interface StartOptions {
  /** The working folder. */
  cwd: string
  /** The program and its arguments; `node server/index.js` with this Node by default. */
  command?: readonly string[]
  /** The whole environment besides PATH (nothing else of the test's own leaks in); PORT is added. */
  env: Record<string, string>
}

/** A started release. */
export interface RunningRelease {
  readonly origin: string
  readonly port: number
  readonly child: ChildProcess
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>
  /** What the process printed so far (stdout and stderr). */
  output(): string
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>
}

const READY_WITHIN_MS = 30_000

/** Starts a release on a free port and resolves once `GET /readyz` answers 200. */
export async function startRelease(options: StartOptions): Promise<RunningRelease> {
  const port = await freePort()
  const [program = process.execPath, ...args] = options.command ?? [process.execPath, 'server/index.js']
  const child = spawn(program, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOST: '127.0.0.1', ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let exitCode: number | null | undefined
  void exited.then((code) => (exitCode = code))
  const origin = `http://127.0.0.1:${port}`
  const started = Date.now()
  while (!(await answersReady(origin))) {
    if (exitCode !== undefined) throw new Error(`the release exited with ${exitCode} before it was ready:\n${output}`)
    if (Date.now() - started > READY_WITHIN_MS) {
      child.kill('SIGKILL')
      throw new Error(`the release was not ready within ${READY_WITHIN_MS} ms:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    origin,
    port,
    child,
    exited,
    output: () => output,
    stop: async () => {
      if (exitCode === undefined) child.kill('SIGTERM')
      return exited
    },
  }
}

async function answersReady(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(2000) })
    return response.status === 200
  } catch {
    return false
  }
}
