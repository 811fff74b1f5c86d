/**
 * Shared end-to-end fixtures: each test gets its own Plenary server (real build, own data
 * folder, fixed free port so it can be restarted under the browsers), and every browser
 * context a test opens through them is watched: a request to a host other than the server, or
 * a Content-Security-Policy violation, fails the test when it ends.
 */
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { freePort } from '../server/testing/freePort'
import { spawnServer, tempDir, type ServerProcess } from '../server/testing/testServer'

/** A Plenary server the test controls. */
export interface E2EServer {
  readonly origin: string
  /** Stops the server (SIGTERM) and starts it again on the same port and data. */
  restart(): Promise<void>
  /** Stops the server for good. */
  stop(): Promise<void>
}

async function stopProcess(proc: ServerProcess): Promise<void> {
  if (proc.child.exitCode !== null) return
  proc.child.kill('SIGTERM')
  await proc.exited
}

/** What a watched browser context did that Plenary promises never happens. */
export interface Watched {
  /** URLs any page or worker of the context requested outside the server's origin. */
  foreignRequests: string[]
  /** Content-Security-Policy violations the browser reported in any of its pages. */
  cspViolations: string[]
}

/** A person in their own browser context. */
export interface Person extends Watched {
  context: BrowserContext
  page: Page
}

/**
 * The browser contexts the running test opened, with what was watched in them. When the test
 * ends they are closed: Playwright closes only the contexts it made itself, and pages left
 * open keep running a board (and retrying its connection) through every later test, which
 * slowed the whole suite down several-fold by its end.
 */
const openedInTest: { context: BrowserContext; watched: Watched }[] = []

/**
 * Records every request `context` makes to a host other than `origin`, and every CSP
 * violation its pages report. The test fails at its end if either happened.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<Watched> {
  const watched: Watched = { foreignRequests: [], cspViolations: [] }
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url)
  })
  await context.exposeBinding('__plenaryCspViolation', (_source, text: string) => {
    watched.cspViolations.push(text)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __plenaryCspViolation: (text: string) => Promise<void> }).__plenaryCspViolation
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      )
    })
  })
  openedInTest.push({ context, watched })
  return watched
}

/** Opens a fresh, watched browser context (its own storage) with one page. */
export async function newPerson(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<Person> {
  const context = await browser.newContext(options)
  const watched = await watchContext(context, origin)
  const page = await context.newPage()
  return { context, page, ...watched }
}

export const test = base.extend<{ server: E2EServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern; this fixture has none.
  server: async ({}, use) => {
    const port = await freePort()
    const env = {
      PORT: String(port),
      DATA_DIR: tempDir('plenary-e2e-'),
      // A build elsewhere lets several checkouts' builds be tested side by side.
      CLIENT_DIR: resolve(process.env.E2E_CLIENT_DIR ?? 'dist/client'),
      ROOM_IDLE_UNLOAD_MS: '200',
    }
    let proc = await spawnServer(env, { compiled: true })
    const server: E2EServer = {
      origin: `http://localhost:${port}`,
      async restart() {
        await stopProcess(proc)
        proc = await spawnServer(env, { compiled: true })
      },
      async stop() {
        await stopProcess(proc)
      },
    }
    openedInTest.length = 0
    await use(server)
    const opened = openedInTest.splice(0)
    await Promise.all(opened.map(({ context }) => context.close()))
    await stopProcess(proc)
    // Nothing left the board, and the CSP never had to stop anything, in any browser.
    expect(
      opened.flatMap(({ watched }) => watched.foreignRequests),
      'requests to other hosts',
    ).toEqual([])
    expect(
      opened.flatMap(({ watched }) => watched.cspViolations),
      'Content-Security-Policy violations',
    ).toEqual([])
  },
})

export { expect }
