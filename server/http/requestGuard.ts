/**
 * What every HTTP request goes through before a route: the headers every response carries,
 * the Host check (hostCheck.ts, 421) and the per-address rate limit (rateLimit.ts, 429).
 * `/healthz` and `/readyz` are answered for any Host: load balancers and container health
 * checks call them by IP or by an internal name, and they tell nothing but "up" and "ready".
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorId, Paths } from '../../shared/protocol'
import type { Logger } from '../logger'
import { clientAddress } from './clientAddress'
import type { HostCheck } from './hostCheck'
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
  /** Counts refusals, for metrics. */
  refused?(reason: 'host' | 'rate'): void
}

/** Creates the guard. */
export function createRequestGuard(deps: RequestGuardDeps): RequestGuard {
  return (req, res, pathname, method) => {
    // Browsers must take every response as the type it says (a download of user content is
    // never run as a script or a page).
    res.setHeader('x-content-type-options', 'nosniff')
    if (pathname === Paths.health || pathname === Paths.ready) return false
    if (!deps.hostCheck(req.headers.host)) {
      deps.refused?.('host')
      deps.logger.warn({ host: req.headers.host }, 'refused a request for a host name not allowed')
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
