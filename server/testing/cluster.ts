/**
 * Several server nodes sharing one PostgreSQL and one Redis, for scale-out tests: the
 * databases are started once per test file (real processes from Debian's packages, see
 * services.ts), nodes and stock clients are closed after each test.
 */
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { RunningServer } from '../app'
import type { ServerConfig } from '../config'
import { startPostgres, startRedis, type ServiceInstance } from './services'
import { connectClient, type TestBoard, type TestClient } from './syncClient'
import { startTestServer } from './testServer'

/** What {@link useCluster} gives a test file. */
export interface ClusterHarness {
  readonly postgres: ServiceInstance
  readonly redis: ServiceInstance
  /** Starts a node in this process on the shared PostgreSQL and Redis; closed after the test. */
  node(overrides?: Partial<ServerConfig>): Promise<RunningServer>
  /** A stock client of `board` on the node at `origin`, destroyed after the test. */
  client(origin: string, board: TestBoard): TestClient
  /** Registers something to undo after the current test (e.g. a spawned node). */
  defer(cleanup: () => unknown): void
}

/** Starts PostgreSQL and Redis for the file and tracks the nodes and clients each test opens. */
export function useCluster(): ClusterHarness {
  let postgres: ServiceInstance | null = null
  let redis: ServiceInstance | null = null
  // Kept and thrown by every test that needs the databases, so a missing package fails each
  // test with the reason rather than leaving them unrun.
  let startError: Error | null = null
  const cleanups: (() => unknown)[] = []
  beforeAll(async () => {
    const started = await Promise.allSettled([startPostgres(), startRedis()])
    const [pgResult, redisResult] = started
    if (pgResult?.status === 'fulfilled') postgres = pgResult.value
    if (redisResult?.status === 'fulfilled') redis = redisResult.value
    const failures = started.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []))
    if (failures.length > 0) startError = new Error(failures.join('\n'))
  }, 60_000)
  afterEach(async () => {
    // Clients first (so nodes close without reconnect storms), then nodes, newest first.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })
  afterAll(async () => {
    await Promise.all([postgres?.dispose(), redis?.dispose()])
  })
  const running = <T>(service: T | null, name: string): T => {
    if (startError) throw startError
    if (!service) throw new Error(`${name} has not started`)
    return service
  }
  return {
    get postgres() {
      return running(postgres, 'PostgreSQL')
    },
    get redis() {
      return running(redis, 'Redis')
    },
    async node(overrides = {}) {
      const server = await startTestServer({
        databaseUrl: running(postgres, 'PostgreSQL').url,
        redisUrl: running(redis, 'Redis').url,
        ...overrides,
      })
      cleanups.push(() => server.close())
      return server
    },
    client(origin, board) {
      const client = connectClient(origin, board)
      cleanups.push(() => client.destroy())
      return client
    },
    defer(cleanup) {
      cleanups.push(cleanup)
    },
  }
}
