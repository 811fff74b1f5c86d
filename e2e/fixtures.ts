/**
 * Shared end-to-end fixtures: each test gets its own Plenary server (real build, own data
 * folder, fixed free port so it can be restarted under the browsers), and every page is
 * watched so that any request to a host other than the server fails the test.
 */
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { spawnServer, tempDir, type ServerProcess } from '../server/testing/testServer'

/** A Plenary server the test controls. */
export interface E2EServer {
  readonly origin: string
  /** Stops the server (SIGTERM) and starts it again on the same port and data. */
  restart(): Promise<void>
  /** Stops the server for good. */
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })
}

async function stopProcess(proc: ServerProcess): Promise<void> {
  if (proc.child.exitCode !== null) return
  proc.child.kill('SIGTERM')
  await proc.exited
}

/** A person in their own browser context. */
export interface Person {
  context: BrowserContext
  page: Page
  /** URLs this person's page requested outside the server's origin. */
  foreignRequests: string[]
}

/** Opens a fresh browser context (its own storage) and records foreign requests. */
export async function newPerson(browser: Browser, origin: string): Promise<Person> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const foreignRequests: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url)
  })
  return { context, page, foreignRequests }
}

export const test = base.extend<{ server: E2EServer }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const port = await freePort()
    const env = {
      PORT: String(port),
      DATA_DIR: tempDir('plenary-e2e-'),
      // A build elsewhere lets several checkouts' builds be tested side by side.
      CLIENT_DIR: resolve(process.env.E2E_CLIENT_DIR ?? 'dist/client'),
      ROOM_IDLE_UNLOAD_MS: '200',
    }
    let proc = await spawnServer(env)
    const server: E2EServer = {
      origin: `http://localhost:${port}`,
      async restart() {
        await stopProcess(proc)
        proc = await spawnServer(env)
      },
      async stop() {
        await stopProcess(proc)
      },
    }
    await use(server)
    await stopProcess(proc)
  },
})

export { expect }
