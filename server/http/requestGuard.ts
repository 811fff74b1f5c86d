/**
 * What every HTTP request goes through before a route: the headers every response carries,
 * the Host check (hostCheck.ts, 421) and the per-address rate limit (rateLimit.ts, 429).
 * `/healthz`, `/readyz` and `/metrics` are answered for any Host: load balancers, container health
 * checks and Prometheus call them by IP or by an internal name (`plenary-1:8080`), and they carry
 * no board data. `/metrics` is kept from the public by the proxy (docs/DEPLOY.md).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorId, Paths } from '../../shared/protocol'
import type { Logger } from '../logger'
import { METRICS_PATH } from '../metrics/metricsRoute'
import { clientAddress } from './clientAddress'
import type { HostCheck } from './hostCheck'
import { createHostRefusalLog, type HostRefusalLog } from './hostRefusalLog'
import { sendError } from './json'
import type { HttpRateLimiter } from './rateLimit'

/** Answers the request and returns true when it may not reach the routes. */
export type RequestGuard = (req: IncomingMessage, res: ServerResponse, pathname: string, method: string) => boolean

/** What the guard needs. */
export interface RequestGuardDeps {
  hostCheck: HostCheck
  rateLimiter: HttpRateLimiter
  /** TRUST_PROXY: how many proxies' X-Forwarded-For entries to believe. */
  trustProxy: number
  logger: Logger
  /** How a refused host name is logged; by default a warning per name per minute, the rest at debug. */
  hostRefusals?: HostRefusalLog
  /** Counts refusals, for metrics. */
  refused?(reason: 'host' | 'rate'): void
}

/** Creates the guard. */
export function createRequestGuard(deps: RequestGuardDeps): RequestGuard {
  const hostRefusals = deps.hostRefusals ?? createHostRefusalLog(deps.logger)
  return (req, res, pathname, method) => {
    // Browsers must take every response as the type it says (a download of user content is
    // never run as a script or a page).
    res.setHeader('x-content-type-options', 'nosniff')
    if (pathname === Paths.health || pathname === Paths.ready) return false
    if (pathname !== METRICS_PATH && !deps.hostCheck(req.headers.host)) {
      deps.refused?.('host')
      hostRefusals(req.headers.host, 'request')
      sendError(
        res,
        421,
        ErrorId.hostNotAllowed,
        'This server does not answer to that host name. Its operator can add it to ALLOWED_HOSTS.',
      )
      return true
    }
    const address = clientAddress(req, deps.trustProxy)
    const limited = deps.rateLimiter.admit(address, method, pathname)
    if (limited) {
      deps.refused?.('rate')
      // Debug only: a flood would otherwise flood the logs too.
      deps.logger.debug({ address, limit: limited.kind }, 'rate limited')
      res.setHeader('retry-after', String(limited.retryAfterSeconds))
      sendError(
        res,
        429,
        ErrorId.rateLimited,
        `Too many changes from your address in a short time. Try again in ${waitText(limited.retryAfterSeconds)}.`,
      )
      return true
    }
    return false
  }
}

/** "45 seconds", "3 minutes": a wait as a person reads it. */
function waitText(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`
  return `${Math.ceil(seconds / 60)} minutes`
}
