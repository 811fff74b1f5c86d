/**
 * The log line for a request refused for its Host: a warning the first time a host name is seen
 * in an interval (an operator who forgot ALLOWED_HOSTS sees it at once), every other refusal at
 * debug, so a scanner trying names cannot fill the log. The refusals are counted in the metrics.
 */
import type { Logger } from '../logger'

/** Logs one refusal; `what` says whether a request or a WebSocket upgrade was refused. */
export type HostRefusalLog = (host: string | undefined, what: 'request' | 'upgrade') => void

/** How often a host name is warned about, and how many names are remembered. */
export interface HostRefusalLogOptions {
  intervalMs?: number
  /** Past this, the oldest names are forgotten (and may warn again): memory stays bounded under a scan. */
  maxHosts?: number
  now?: () => number
}

/** Creates the log: one warning per host name per interval (a minute by default). */
export function createHostRefusalLog(logger: Logger, options: HostRefusalLogOptions = {}): HostRefusalLog {
  const { intervalMs = 60_000, maxHosts = 1000, now = Date.now } = options
  // Insertion-ordered: the first key is the name warned about longest ago.
  const warnedAt = new Map<string, number>()
  return (host, what) => {
    const key = (host ?? '').toLowerCase()
    const time = now()
    const last = warnedAt.get(key)
    const message = `refused ${what === 'request' ? 'a request' : 'an upgrade'} for a host name not allowed`
    if (last !== undefined && time - last < intervalMs) {
      logger.debug({ host }, message)
      return
    }
    warnedAt.delete(key)
    warnedAt.set(key, time)
    while (warnedAt.size > maxHosts) {
      const oldest = warnedAt.keys().next()
      if (oldest.done) break
      warnedAt.delete(oldest.value)
    }
    logger.warn({ host }, message)
  }
}
