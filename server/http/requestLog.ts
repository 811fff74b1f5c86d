/**
 * One log line and one observation per HTTP request, once its response is done: the method,
 * the route pattern (`/api/boards/:id/export.md`, never the raw path or query string, which a
 * careless client may fill with a link's token), the status, the duration and the size. No
 * header is read, so the `Authorization` token never reaches the log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from '../logger'

/** What requests no route of the table answered are labelled, instead of their path. */
export const RequestKind = {
  /** The client app's page (`/`, `/b/:id`). */
  index: 'index',
  /** A file of the built client. */
  asset: 'asset',
  /** Refused before any route (host check, rate limit; see requestGuard.ts). */
  refused: 'refused',
  /**
   * No route and no file (404), a method the client app does not take (405), a target that is
   * not a valid URL (400), or a failure before any route was found (500).
   */
  unmatched: 'unmatched',
} as const

/** A finished request, as metrics see it: bounded labels and a duration. */
export interface ObservedRequest {
  /** One of HTTP_METHOD_LABELS. */
  readonly method: string
  /** A route pattern of the table, or a RequestKind. */
  readonly route: string
  readonly status: number
  readonly seconds: number
}

/** What the router reports, for metrics. */
export interface HttpEvents {
  requested?(request: ObservedRequest): void
}

/** What the router learns about a request while it answers it. */
export interface RequestRecord {
  route: string
  /** Logged at debug (probes, static files, refusals), not at info, unless it failed with a 5xx. */
  quiet: boolean
}

/** Methods a label names; any other (Node parses dozens) is `other`, so the label stays a small set. */
const HTTP_METHOD_LABELS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/**
 * nginx's "client closed request": the status recorded when the client went away before any
 * response was sent (Node's statusCode would still say 200).
 */
const CLIENT_CLOSED = 499

/** Starts observing `req`; the router fills in the returned record as it learns the route. */
export function observeRequest(req: IncomingMessage, res: ServerResponse, deps: { logger: Logger; events?: HttpEvents }): RequestRecord {
  const started = performance.now()
  const record: RequestRecord = { route: RequestKind.unmatched, quiet: false }
  res.once('close', () => {
    const ms = performance.now() - started
    const method = HTTP_METHOD_LABELS.has(req.method ?? '') ? (req.method ?? 'GET') : 'other'
    const status = res.headersSent ? res.statusCode : CLIENT_CLOSED
    deps.events?.requested?.({ method, route: record.route, status, seconds: ms / 1000 })
    const bytes = Number(res.getHeader('content-length'))
    const line = {
      method,
      route: record.route,
      status,
      ms: Math.round(ms * 10) / 10,
      ...(Number.isFinite(bytes) ? { bytes } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    }
    // A server error is worth reading on any route, probes and files included; but a probe's 503
    // is its answer ("not ready"), which the readiness module logs once when it changes, while a
    // balancer asks every few seconds.
    if (status >= 500 && !(record.quiet && status === 503)) deps.logger.warn(line, 'request')
    else if (record.quiet) deps.logger.debug(line, 'request')
    else deps.logger.info(line, 'request')
  })
  return record
}
