/**
 * HTTP metrics: requests by method, route pattern and status, and their durations. The route
 * label is a pattern of the route table or one of a few kinds (requestLog.ts), never a raw
 * path, so a scan of random URLs adds no series.
 */
import { Counter, Histogram, type Registry } from 'prom-client'
import type { HttpEvents } from '../http/requestLog'
import { labelledCounter } from './labelled'

/** The router's and the request guard's hooks. */
export interface HttpMetrics extends Required<HttpEvents> {
  /** HTTP requests refused before any route (http/requestGuard.ts). */
  readonly refused: (reason: 'host' | 'rate') => void
}

/** Registers the HTTP metrics on `registers`. */
export function createHttpMetrics(registers: Registry[]): HttpMetrics {
  const requests = new Counter({
    name: 'plenary_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status (499: the client left before an answer).',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  })
  const seconds = new Histogram({
    name: 'plenary_http_request_duration_seconds',
    help: 'Time from a request’s arrival until its response was sent, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    // From a cached asset (well under a millisecond) to an export of a large board.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  })
  const refused = labelledCounter(
    registers,
    'plenary_http_refused_total',
    'HTTP requests refused: 421 for a host name not allowed (host), 429 over the per-address rate limit (rate).',
    'reason',
    ['host', 'rate'],
  )
  return {
    requested: ({ method, route, status, seconds: duration }) => {
      requests.inc({ method, route, status: String(status) })
      seconds.observe({ method, route }, duration)
    },
    refused: (reason) => refused.inc({ reason }),
  }
}
