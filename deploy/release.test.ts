/**
 * The release as an operator gets it (issue 19): `npm run release`'s tarball unpacked in a
 * temporary folder outside the repository and started with `node server/index.js` from there,
 * with no setting at all. It must hold only what runs, serve the page, create a board, sync a
 * change between two clients, and stop cleanly on SIGTERM.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordsMap } from '../shared/boardDoc'
import { connectClient, createBoard, waitFor, waitForSync } from '../server/testing/syncClient'
import { testNote } from '../server/testing/testNotes'
import { REPO_ROOT, startRelease, unpackRelease, type RunningRelease, type UnpackedRelease } from './releaseProcess'

interface PackageJson {
  version: string
  type?: string
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

const readPackage = (dir: string): PackageJson => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson
const repoPackage = readPackage(REPO_ROOT)

describe('the release, unpacked outside the repository', () => {
  let release: UnpackedRelease | undefined
  let running: RunningRelease | undefined
  const unpacked = (): UnpackedRelease => {
    if (!release) throw new Error('the release was not unpacked')
    return release
  }
  const server = (): RunningRelease => {
    if (!running) throw new Error('the release did not start')
    return running
  }

  beforeAll(async () => {
    release = await unpackRelease()
    // No DATA_DIR, no CLIENT_DIR: the defaults must find the client and keep boards in ./data.
    running = await startRelease({ cwd: release.dir, env: {} })
  }, 60_000)

  afterAll(async () => {
    await running?.stop()
    release?.remove()
  })

  it('holds the compiled server, the built client, the production dependencies, the systemd unit and a runtime package.json', () => {
    const { dir, topLevel } = unpacked()
    expect(topLevel).toEqual([`plenary-${repoPackage.version}`])
    expect(readdirSync(dir).filter((entry) => entry !== 'data')).toEqual([
      'README.md',
      'client',
      'deploy',
      'node_modules',
      'package.json',
      'server',
    ])
    // The systemd path installs the unit from the release itself (docs/DEPLOY.md, section 1, step 4).
    expect(readdirSync(join(dir, 'deploy'))).toEqual(['plenary.service'])
    expect(readFileSync(join(dir, 'deploy', 'plenary.service'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'deploy', 'plenary.service'), 'utf8'),
    )
    expect(existsSync(join(dir, 'server', 'index.js'))).toBe(true)
    expect(existsSync(join(dir, 'client', 'index.html'))).toBe(true)
    expect(existsSync(join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true)

    const runtime = readPackage(dir)
    expect(runtime.type).toBe('module')
    expect(runtime.scripts).toEqual({ start: 'node server/index.js' })
    expect(runtime.devDependencies).toBeUndefined()
    // Exactly the repository's runtime dependencies, at the versions installed when it was made.
    expect(Object.keys(runtime.dependencies ?? {}).sort()).toEqual(Object.keys(repoPackage.dependencies ?? {}).sort())
    for (const [dep, version] of Object.entries(runtime.dependencies ?? {})) {
      expect(readPackage(join(dir, 'node_modules', dep)).version, dep).toBe(version)
    }
    for (const devOnly of ['tsx', 'esbuild', 'vite', 'typescript', 'tldraw', '@vitejs', 'vitest', 'y-websocket', 'react-i18next']) {
      expect(existsSync(join(dir, 'node_modules', devOnly)), `node_modules/${devOnly} in the release`).toBe(false)
    }
  })

  it('answers /healthz, serves the page and its hashed assets', async () => {
    const { origin } = server()
    const health = await fetch(`${origin}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ ok: true })

    const page = await fetch(`${origin}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await page.text()
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script, 'a hashed script in index.html').toBeDefined()

    const asset = await fetch(`${origin}${script}`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000)
  })

  it('creates a board and syncs a note between two clients, stored under ./data of the folder it runs in', async () => {
    const { origin } = server()
    const board = await createBoard(origin, 'Asamblea 2026 — Łódź, 東京, Αθήνα, Bogotá')
    const delegate = connectClient(origin, board, { user: { id: 'u-1', name: 'Zofia Łukasiewicz', coop: 'Spółdzielnia Mleczarska' } })
    const facilitator = connectClient(origin, board, { user: { id: 'u-2', name: '佐藤 花子', coop: 'Κοινότητα Αθήνας' } })
    try {
      await Promise.all([waitForSync(delegate), waitForSync(facilitator)])
      const note = testNote(1, 120, 'Propuesta: rotar la facilitación cada trimestre')
      recordsMap(delegate.doc).set(note.id, note)
      await waitFor(() => recordsMap(facilitator.doc).has(note.id), 10_000, "the delegate's note at the facilitator")
      expect(recordsMap(facilitator.doc).get(note.id)).toEqual(note)
    } finally {
      delegate.destroy()
      facilitator.destroy()
    }
    expect(readdirSync(join(unpacked().dir, 'data')).length).toBeGreaterThan(0)
  })

  it('stores everything and exits with 0 on SIGTERM', async () => {
    expect(await server().stop()).toBe(0)
    const output = server().output()
    expect(output).toContain('shutting down')
    // Nothing failed on the way, e.g. the SQLite checkpointer's worker, whose code is evaluated at runtime.
    expect(output).not.toMatch(/"level":(50|60)/)
  })
})
