/**
 * Composition root: read the configuration, start the server, and on SIGTERM or SIGINT store
 * everything and exit cleanly.
 */
import { startServer } from './app'
import { readConfig } from './config'
import { createLogger } from './logger'
import { createMetricsRegistry } from './metrics/registry'

const config = readConfig()
const logger = createLogger(config.logLevel)

const server = await startServer(config, logger, createMetricsRegistry({ processMetrics: true })).catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start')
  process.exit(1)
})

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  logger.info({ signal }, 'shutting down')
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed')
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'))
