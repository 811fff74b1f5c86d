import { afterAll, afterEach, beforeAll, describe, it } from 'vitest'
import { expectNothingReceivedIsLostOnSigkill } from '../testing/killMidStream'
import { startPostgres, type ServiceInstance } from '../testing/services'
import type { TestClient } from '../testing/syncClient'
import { fakeClientDir, tempDir } from '../testing/testServer'

// The SIGKILL check of durability.test.ts with PostgreSQL, where a commit takes a round trip:
// a batch waits for it while clients keep joining and asking for the board.
describe('durability on PostgreSQL', () => {
  let postgres: ServiceInstance | null = null
  const clients: TestClient[] = []
  beforeAll(async () => {
    postgres = await startPostgres()
  }, 60_000)
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy()
  })
  afterAll(async () => {
    await postgres?.dispose()
  })

  it('loses nothing any client has received, by broadcast or by joining, when the server is killed with SIGKILL mid-stream', async () => {
    if (!postgres) throw new Error('PostgreSQL did not start')
    const env = { DATABASE_URL: postgres.url, DATA_DIR: tempDir(), CLIENT_DIR: fakeClientDir(), COMPACT_EVERY: '25' }
    await expectNothingReceivedIsLostOnSigkill(env, clients)
    // Two server processes and a database on a shared 2-core machine: a cap, not a measure.
  }, 90_000)
})
