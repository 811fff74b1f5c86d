/**
 * One real server per test file and stock clients destroyed after each test, registered with
 * Vitest's hooks, so integration tests only say what they do.
 */
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { RunningServer } from '../app'
import type { ServerConfig } from '../config'
import { connectClient, type TestBoard, type TestClient } from './syncClient'
import { startTestServer } from './testServer'

/** What {@link useTestServer} gives a test file. */
export interface TestServerHarness {
  /** The running server (started before the file's first test). */
  readonly server: RunningServer
  /** A stock client of `board`, destroyed after the current test (uses no `this`: tests pass it around). */
  readonly client: (board: TestBoard, options?: Parameters<typeof connectClient>[2]) => TestClient
}

/** Starts a server for the file (closed after it) and tracks the clients each test opens. */
export function useTestServer(overrides: Partial<ServerConfig> = {}): TestServerHarness {
  let server: RunningServer | null = null
  const clients: TestClient[] = []
  beforeAll(async () => {
    server = await startTestServer(overrides)
  })
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy()
  })
  afterAll(async () => {
    await server?.close()
  })
  const running = (): RunningServer => {
    if (!server) throw new Error('the test server has not started yet')
    return server
  }
  return {
    get server() {
      return running()
    },
    client: (board, options) => {
      const c = connectClient(running().origin, board, options)
      clients.push(c)
      return c
    },
  }
}
