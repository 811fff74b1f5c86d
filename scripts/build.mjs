// Whether dist/ is up to date with the sources, and building it when it is not: shared by
// `npm start` (scripts/start.mjs) and `npm run release` (scripts/release.mjs).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The repository's root folder. */
export const root = join(import.meta.dirname, '..')

/** What `npm run build` makes; both must exist and be newer than every source. */
export const BUILD_OUTPUTS = ['dist/server/index.js', 'dist/client/index.html']
// What goes into the build: the layers, the Vite plugins, the build and TypeScript configuration
// (tsconfig*.json, found by name), and the dependencies.
const SOURCE_DIRS = ['client', 'server', 'shared', 'scripts/vite']
const SOURCE_FILES = ['vite.config.ts', 'vite.server.config.ts', 'package.json', 'package-lock.json']
const SOURCE_FILE_PATTERN = /^tsconfig(?:\.[\w-]+)?\.json$/

/** The newest file under `path` (a file or a folder), skipping tests, which are not built. */
function newestIn(path, newest) {
  if (!existsSync(path)) return newest
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs > newest.mtimeMs ? { file: path, mtimeMs: stat.mtimeMs } : newest
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || /\.test\.tsx?$/.test(entry.name)) continue
    newest = newestIn(join(path, entry.name), newest)
  }
  return newest
}

/** Why `dir`'s dist/ must be built, or null when it is up to date. `dir` is the repository's root by default. */
export function reasonToBuild(dir = root) {
  const missing = BUILD_OUTPUTS.find((file) => !existsSync(join(dir, file)))
  if (missing) return `${missing} is missing`
  const built = Math.min(...BUILD_OUTPUTS.map((file) => statSync(join(dir, file)).mtimeMs))
  const configs = readdirSync(dir).filter((name) => SOURCE_FILE_PATTERN.test(name))
  let newest = { file: '', mtimeMs: 0 }
  for (const source of [...SOURCE_DIRS, ...SOURCE_FILES, ...configs]) newest = newestIn(join(dir, source), newest)
  return newest.mtimeMs > built ? `${relative(dir, newest.file)} is newer than the build` : null
}

/** Builds dist/ when it is missing or stale, printing one line that says which and why; exits on failure. */
export function ensureBuilt() {
  const reason = reasonToBuild()
  if (!reason) {
    console.log('plenary: the build in dist/ is up to date')
    return
  }
  if (!existsSync(join(root, 'node_modules', 'vite'))) {
    // Installed with --omit=dev, nothing here can build; npm rewrites package-lock.json on an
    // install, so a build that exists is run as it is, and only a missing one is an error.
    const missing = BUILD_OUTPUTS.some((file) => !existsSync(join(root, file)))
    if (missing) {
      console.error(
        `plenary: cannot build (${reason}): the build tools are not installed. Run "npm ci" and "npm run build", or run a release.`,
      )
      process.exit(1)
    }
    console.log(`plenary: not rebuilding (${reason}): the build tools are not installed; starting the build in dist/`)
    return
  }
  console.log(`plenary: building, because ${reason}`)
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) {
    console.error(`plenary: the build failed (exit ${build.status ?? build.signal}); see above`)
    process.exit(1)
  }
}
