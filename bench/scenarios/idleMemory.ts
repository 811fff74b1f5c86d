/**
 * Scenario (d), memory per idle connection, measured from inside: Plenary runs in this
 * process, so its heap can be collected before each reading; N stock clients (no cursors,
 * no edits) join from worker processes. The fan-out runs' RSS-per-connection figure moves
 * with whatever garbage the join left; this one is what stays.
 */
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import { createBoard } from '../../server/testing/syncClient'
import { startTestServer } from '../../server/testing/testServer'
import { startWorkers } from '../lib/workers'

/** What one idle-memory run measured. */
export interface IdleMemoryResult {
  scenario: 'memory'
  server: 'plenary'
  clients: number
  synced: number
  /** Live JavaScript heap per connection after a full collection. */
  heapKBPerConnection: number
  /** Resident memory per connection (includes what V8 and the allocator keep for reuse). */
  rssKBPerConnection: number
}

setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

function reading(): { heap: number; rss: number } {
  collect()
  collect()
  const usage = process.memoryUsage()
  return { heap: usage.heapUsed + usage.external, rss: usage.rss }
}

/** Joins `clients` idle clients to one board of an in-process server and reads the memory they hold. */
export async function runIdleMemory(clients: number, workers: number): Promise<IdleMemoryResult> {
  const server = await startTestServer({ logLevel: 'warn', idleUnloadMs: 60_000 })
  try {
    const board = await createBoard(server.origin, 'idle memory')
    const target = {
      kind: 'yws' as const,
      url: `${server.origin.replace('http', 'ws')}/sync`,
      room: board.id,
      params: { token: board.tokens.participant },
    }
    const pool = startWorkers({ target, clients, workers, cursorHz: 0, editHz: 0 })
    try {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const before = reading()
      const { synced } = await pool.connect()
      // Let the joins' presence relays and send queues drain before reading.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      const after = reading()
      const perConnection = (bytes: number) => Math.round((bytes / 1024 / clients) * 10) / 10
      return {
        scenario: 'memory',
        server: 'plenary',
        clients,
        synced,
        heapKBPerConnection: perConnection(after.heap - before.heap),
        rssKBPerConnection: perConnection(after.rss - before.rss),
      }
    } finally {
      await pool.close()
    }
  } finally {
    await server.close()
  }
}
