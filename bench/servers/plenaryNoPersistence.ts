/**
 * Plenary with persistence off, for the throughput benchmark only (bench/scenarios/throughput.ts):
 * server/index.ts's start, with the same configuration, policy, rooms and transport, but a
 * store that keeps document updates in memory (bench/lib/volatileStore.ts) instead of
 * committing each to SQLite before it is broadcast. Not a product mode.
 */
import { join } from 'node:path'
import { startServer } from '../../server/app'
import { readConfig } from '../../server/config'
import { createLogger } from '../../server/logger'
import { createMetricsRegistry } from '../../server/metrics/registry'
import { openSqliteStore } from '../../server/persistence/sqlite'
import { volatileDocuments } from '../lib/volatileStore'

const config = readConfig()
const logger = createLogger(config.logLevel)
// Boards and tokens still go to SQLite, where server/app.ts would put them.
const store = volatileDocuments(openSqliteStore(join(config.dataDir, 'plenary.sqlite')))
const server = await startServer(config, logger, createMetricsRegistry({ processMetrics: true }), { store })

process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0))
})
