import { defineConfig } from 'vitest/config'

/**
 * Test files that replace a module (`vi.mock`) need a module graph of their own: name them
 * `*.isolated.test.ts`. Elsewhere in shared/ and client/ a module loaded by one file is reused by
 * the next, so such a mock would be silently missed.
 */
const ISOLATED = '**/*.isolated.test.ts'

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          // Pure modules: files share a process and its loaded modules (tldraw, yjs, zod…), which
          // takes this project from about 90 s to about 22 s on two cores. Every test leaves
          // global state as it found it (fake timers are restored in afterEach).
          name: 'units',
          include: ['shared/**/*.test.ts', 'client/**/*.test.ts'],
          exclude: [ISOLATED],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Servers, databases, processes and memory measurements: a fresh process per file.
          name: 'isolated',
          include: ['server/**/*.test.ts', 'deploy/**/*.test.ts', `shared/${ISOLATED}`, `client/${ISOLATED}`],
          // Memory tests (room churn, slow readers) call global.gc() to measure what is retained.
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
})
