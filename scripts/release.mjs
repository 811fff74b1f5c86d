#!/usr/bin/env node
// `npm run release`: release/plenary-<version>/ and its tarball, the one artefact every
// deployment runs (docs/DEPLOY.md). The folder holds the compiled server, the built client, the
// production dependencies copied from the installed tree (offline: the lockfile says which) and
// a runtime-only package.json and README. Checks that the server's imports are exactly the
// runtime dependencies, then prints the folder's and the tarball's sizes.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { ensureBuilt, root } from './build.mjs'

function fail(message) {
  console.error(`release: ${message}`)
  process.exit(1)
}

const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'))
const pkg = readJson('package.json')
const lock = readJson('package-lock.json')
const name = `plenary-${pkg.version}`
const releaseDir = join(root, 'release')
const folder = join(releaseDir, name)
const tarball = join(releaseDir, `${name}.tar.gz`)

/** The npm packages the compiled server imports, in its entry and its lazily loaded chunks (bare specifiers, node: builtins left out). */
function serverImports() {
  const serverDir = join(root, 'dist/server')
  const code = readdirSync(serverDir, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(serverDir, file), 'utf8'))
    .join('\n')
  const packages = new Set()
  // Static `import … from`, `export … from`, a bare `import '…'`, and a dynamic `import('…')`.
  const importPattern = /^(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm
  for (const [, from, bare, dynamic] of code.matchAll(importPattern)) {
    const specifier = from ?? bare ?? dynamic
    if (!specifier || specifier.startsWith('node:') || specifier.startsWith('.')) continue
    const parts = specifier.split('/')
    packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0])
  }
  return packages
}

/** Runtime dependencies must be exactly what the server imports: no client package, no build tool. */
function checkDependencies() {
  const imported = serverImports()
  const declared = new Set(Object.keys(pkg.dependencies))
  const undeclared = [...imported].filter((dep) => !declared.has(dep))
  const unused = [...declared].filter((dep) => !imported.has(dep))
  if (undeclared.length) fail(`dist/server imports ${undeclared.join(', ')}, not in "dependencies" of package.json`)
  if (unused.length) fail(`${unused.join(', ')} in "dependencies" but not imported by the server: move to devDependencies`)
}

// Compiler leftovers of native modules (better-sqlite3 built from source); the .node file stays.
const BUILD_LEFTOVERS =
  /[/\\]build[/\\](?:Release|Debug)[/\\](?:obj|obj\.target|\.deps|test_extension\.node)(?:[/\\]|$)|[/\\]build[/\\].*\.a$/

/**
 * Copies the production packages from node_modules: the lockfile's entries that are neither dev
 * nor dev-optional (typescript, an optional peer of i18next, is installed only as a dev tool).
 * Nested node_modules folders are entries of their own, so a package is copied without them.
 */
function copyProductionPackages() {
  const entries = Object.entries(lock.packages).filter(
    ([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional,
  )
  for (const [path, entry] of entries) {
    const source = join(root, path)
    if (!existsSync(source)) {
      if (entry.optional) continue
      fail(`${path} is not installed: run "npm ci" first`)
    }
    const nested = join(source, 'node_modules')
    cpSync(source, join(folder, path), {
      recursive: true,
      filter: (file) =>
        file !== nested &&
        !file.startsWith(nested + sep) &&
        !BUILD_LEFTOVERS.test(relative(source, file) ? `${sep}${relative(source, file)}` : ''),
    })
  }
  return entries.length
}

function sizeOf(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0)
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`

ensureBuilt()
checkDependencies()
// One release at a time: an older version's folder or tarball would be mistaken for this one.
rmSync(releaseDir, { recursive: true, force: true })
mkdirSync(folder, { recursive: true })
cpSync(join(root, 'dist/server'), join(folder, 'server'), { recursive: true })
cpSync(join(root, 'dist/client'), join(folder, 'client'), { recursive: true })
// The systemd unit, so that the systemd path needs nothing but the release (docs/DEPLOY.md, section 1).
cpSync(join(root, 'deploy/plenary.service'), join(folder, 'deploy/plenary.service'))
const packages = copyProductionPackages()
const runtimePackage = {
  name: pkg.name,
  version: pkg.version,
  private: true,
  description: pkg.description,
  type: 'module',
  engines: pkg.engines,
  scripts: { start: 'node server/index.js' },
  // The versions actually copied, not the ranges: this folder holds exactly those.
  dependencies: Object.fromEntries(Object.keys(pkg.dependencies).map((dep) => [dep, lock.packages[`node_modules/${dep}`].version])),
}
writeFileSync(join(folder, 'package.json'), `${JSON.stringify(runtimePackage, null, 2)}\n`)
const readme = readFileSync(join(root, 'scripts/release-readme.md'), 'utf8')
  .replaceAll('{{version}}', pkg.version)
  .replaceAll('{{platform}}', `${process.platform}-${process.arch}`)
  .replaceAll('{{nodeMajor}}', process.versions.node.split('.')[0])
  .replaceAll('{{abi}}', process.versions.modules)
writeFileSync(join(folder, 'README.md'), readme)

// Sorted entries and no owner names: the same release packs to the same listing on any machine.
// --sort is GNU tar's; bsdtar (macOS, FreeBSD) refuses it, and packs in directory order instead.
const pack = (sortOption) =>
  spawnSync('tar', [...sortOption, '--owner=0', '--group=0', '--numeric-owner', '-czf', tarball, '-C', releaseDir, name], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  })
let tar = pack(['--sort=name'])
if (tar.status !== 0 && /sort/.test(tar.stderr)) {
  console.log('release: this tar has no --sort (not GNU tar); packing in directory order')
  tar = pack([])
}
if (tar.status !== 0) fail(`tar failed (exit ${tar.status ?? tar.signal}): ${tar.stderr.trim()}`)
console.log(
  `release: ${relative(root, folder)}/ (${packages} packages, ${mb(sizeOf(folder))}) and ${relative(root, tarball)} (${mb(sizeOf(tarball))})`,
)
