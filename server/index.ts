/**
 * Composition root: read the configuration, start the server, and on SIGTERM or SIGINT store
 * everything and exit cleanly.
 */
import { join } from 'node:path'
import { startServer } from './app'
import { readConfig, type ServerConfig } from './config'
import { createLogger } from './logger'
import { createMetricsRegistry } from './metrics/registry'
import { exitOnFailure } from './startError'

// Compiled, this file is <root>/server/index.js and the client is built next to it in <root>/client
// (dist/ in the repository, or an unpacked release). Run from source (tsx), server/ sits beside the
// client's sources, and the build is in dist/client.
const builtClient = import.meta.filename.endsWith('.ts')
  ? join(import.meta.dirname, '..', 'dist', 'client')
  : join(import.meta.dirname, '..', 'client')
// A bad setting is one line naming the variable (exit status 2), never a stack trace.
const config: ServerConfig = (() => {
  try {
    return readConfig(process.env, { clientDir: builtClient })
  } catch (error) {
    return exitOnFailure(error)
  }
})()
const logger = createLogger(config.logLevel)

const server = await startServer(config, logger, createMetricsRegistry({ processMetrics: true })).catch((error: unknown) =>
  exitOnFailure(error, logger),
)

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
