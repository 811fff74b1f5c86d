/**
 * Board document layout benchmark: which Y.Doc layout should hold tldraw records?
 *
 *   npx tsx bench/layout.ts
 *
 * Heap figures need global.gc, so without --expose-gc the script re-runs itself once with it
 * (same tsx loader, taken from process.execArgv); `node --expose-gc --import tsx
 * bench/layout.ts` runs directly. Prints a Markdown table and writes bench/results/layout.json.
 * Layout D needs y-utility, which is not a dependency: `npm install --no-save y-utility`.
 * `--layouts=A,B,C` runs a subset (D alone takes minutes: YKeyValue is O(n) per write).
 */
import { spawnSync } from 'node:child_process'

const CHILD_FLAG = 'PLENARY_BENCH_CHILD'

if (typeof globalThis.gc !== 'function' && process.env[CHILD_FLAG] === undefined) {
  const entry = process.argv[1]
  if (entry === undefined) throw new Error('cannot find the script path to re-run with --expose-gc')
  const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, entry, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [CHILD_FLAG]: '1' },
  })
  process.exit(child.status ?? 1)
}

// Imported only now so the parent process above does not pay for loading tldraw.
const { runLayoutBenchmark } = await import('./lib/layout-run')
await runLayoutBenchmark()
// tldraw opens a BroadcastChannel at import time (user preferences sync) that keeps Node's
// event loop alive forever; everything is written synchronously, so exiting is safe.
process.exit(0)
