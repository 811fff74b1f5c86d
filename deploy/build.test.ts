/**
 * When `npm start` and `npm run release` rebuild (scripts/build.mjs): a missing build, a source
 * newer than the build (the layers, the Vite plugins, a tsconfig), but not a test file.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BUILD_OUTPUTS, reasonToBuild } from '../scripts/build.mjs'

const BUILT_AT = new Date('2026-03-01T10:00:00Z')
const BEFORE = new Date('2026-03-01T09:00:00Z')
const AFTER = new Date('2026-03-01T11:00:00Z')

describe('reasonToBuild', () => {
  let dir: string
  /** Writes `path` under the temporary root with the given modification time. */
  const write = (path: string, time: Date) => {
    const file = join(dir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, '// Asamblea: Łódź, 東京, Αθήνα\n')
    utimesSync(file, time, time)
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-build-'))
    for (const source of ['server/index.ts', 'client/main.tsx', 'shared/protocol.ts', 'scripts/vite/precompress.ts', 'package.json']) {
      write(source, BEFORE)
    }
    write('tsconfig.json', BEFORE)
    write('tsconfig.server.json', BEFORE)
    for (const output of BUILD_OUTPUTS) write(output, BUILT_AT)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('builds when an output is missing', () => {
    rmSync(join(dir, 'dist/client/index.html'))
    expect(reasonToBuild(dir)).toBe('dist/client/index.html is missing')
  })

  it('does not build when every source is older than the build', () => {
    expect(reasonToBuild(dir)).toBeNull()
  })

  it.each(['server/index.ts', 'shared/protocol.ts', 'scripts/vite/precompress.ts', 'tsconfig.server.json', 'package-lock.json'])(
    'builds when %s is newer than the build',
    (source) => {
      write(source, AFTER)
      expect(reasonToBuild(dir)).toBe(`${source} is newer than the build`)
    },
  )

  it('does not build for a newer test file, nor for a file outside the sources', () => {
    write('server/http/routes.test.ts', AFTER)
    write('client/board/Board.test.tsx', AFTER)
    write('docs/DEPLOY.md', AFTER)
    write('scripts/release.mjs', AFTER)
    expect(reasonToBuild(dir)).toBeNull()
  })

  it('compares with the older of the two outputs', () => {
    write('dist/server/index.js', BEFORE)
    write('client/main.tsx', new Date('2026-03-01T09:30:00Z'))
    expect(reasonToBuild(dir)).toBe('client/main.tsx is newer than the build')
  })
})
