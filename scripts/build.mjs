// Whether dist/ is up to date with the sources, and building it when it is not: shared by
// `npm start` (scripts/start.mjs) and `npm run release` (scripts/release.mjs).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The repository's root folder. */
export const root = join(import.meta.dirname, '..')

/** What `npm run build` makes; both must exist and be newer than every source. */
export const BUILD_OUTPUTS = ['dist/server/index.js', 'dist/client/index.html']
const SOURCE_DIRS = ['client', 'server', 'shared']
const SOURCE_FILES = ['vite.config.ts', 'vite.server.config.ts', 'package.json', 'package-lock.json']

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

/** Why dist/ must be built, or null when it is up to date. */
export function reasonToBuild() {
  const missing = BUILD_OUTPUTS.find((file) => !existsSync(join(root, file)))
  if (missing) return `${missing} is missing`
  const built = Math.min(...BUILD_OUTPUTS.map((file) => statSync(join(root, file)).mtimeMs))
  let newest = { file: '', mtimeMs: 0 }
  for (const source of [...SOURCE_DIRS, ...SOURCE_FILES]) newest = newestIn(join(root, source), newest)
  return newest.mtimeMs > built ? `${relative(root, newest.file)} is newer than the build` : null
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
