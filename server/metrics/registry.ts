/** The Prometheus registry of a server process, created by the composition root. */
import { Registry, collectDefaultMetrics } from 'prom-client'

/**
 * A new registry. With `processMetrics`, Node's own metrics (CPU, memory, event loop lag, GC)
 * are added; they install process-wide observers, so only the real server process asks for
 * them, not each test server.
 */
export function createMetricsRegistry(options: { processMetrics: boolean }): Registry {
  const register = new Registry()
  if (options.processMetrics) collectDefaultMetrics({ register })
  return register
}
