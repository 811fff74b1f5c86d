#!/usr/bin/env node
// The whole suite, as `npm test` runs it: the gates (typecheck, lint), the build (client and
// compiled server; the end-to-end tests run that build) and the release (deploy/release.test.ts
// starts it), then unit and integration tests (Vitest) and end-to-end tests (Playwright). Prints
// one line "tests: N passed, N failed" from the reporters' JSON, where each failed step before
// the tests counts as one failed. Exits non-zero when anything failed or a runner crashed, so CI
// cannot mistake a crash for success.
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const reports = 'reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`=== ${title} finished in ${Math.round((Date.now() - started) / 1000)} s (exit ${result.status})`)
  return result.status ?? 1
}

function readJson(file) {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

let passed = 0
let failed = 0
let crashed = false

/** Runs a step that must succeed before or beside the tests; a failure counts as one failed test. */
function step(title, script) {
  const exit = run(title, 'npm', ['run', '--silent', script])
  if (exit !== 0) failed++
  return exit
}

/**
 * Starts a step beside the others, its output kept until it ends: ESLint uses one core, so the
 * lint runs while the typecheck, the build, the release and the start of Vitest (mostly waiting
 * on servers, databases and processes) use the machine. It ends before Playwright, whose
 * browsers need the whole machine.
 */
function stepBeside(title, script) {
  const started = Date.now()
  // Its output goes to a file, not a pipe: the synchronous steps beside it would leave a pipe
  // unread, and a full pipe would stall it.
  const log = `${reports}/${script}.log`
  const out = openSync(log, 'w')
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', out, out] })
  closeSync(out)
  const ended = new Promise((resolve) =>
    child.once('close', (code) => resolve({ exit: code ?? 1, seconds: Math.round((Date.now() - started) / 1000) })),
  )
  return async () => {
    const { exit, seconds } = await ended
    console.log(`\n=== ${title} (beside the steps above): npm run ${script}\n${readFileSync(log, 'utf8').trimEnd()}`)
    console.log(`=== ${title} finished in ${seconds} s (exit ${exit})`)
    if (exit !== 0) failed++
  }
}

const lintDone = stepBeside('lint', 'lint')
step('typecheck', 'typecheck')
const buildExit = step('build', 'build')
if (buildExit === 0) step('release', 'release')

const vitestExit = run('unit and integration', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/vitest.json`,
])
const vitest = readJson(`${reports}/vitest.json`)
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  if (vitest.numTotalTests === 0) crashed = true
}
if (!vitest || (vitestExit !== 0 && vitest.numFailedTests === 0)) crashed = true

await lintDone()

if (buildExit === 0) {
  const e2eExit = run('end to end', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json`,
  })
  const e2e = readJson(`${reports}/e2e.json`)
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky
    failed += e2e.stats.unexpected
    if (e2e.stats.expected + e2e.stats.flaky + e2e.stats.unexpected === 0) crashed = true
  }
  if (!e2e || (e2eExit !== 0 && e2e.stats.unexpected === 0)) crashed = true
}

const line = `${passed} passed, ${failed} failed`
writeFileSync(`${reports}/summary.txt`, `${line}\n`)
console.log(`\ntests: ${line}${crashed ? ' (a runner did not finish cleanly)' : ''}`)
process.exit(failed > 0 || crashed ? 1 : 0)
