/** `GET /metrics`: the registry in Prometheus text format. */
import type { ServerResponse } from 'node:http'

/** Where Prometheus scrapes; a server concern, so not in shared/protocol.ts. */
export const METRICS_PATH = '/metrics'

/** What the route reads; a prom-client Registry is one. */
export interface MetricsSource {
  readonly contentType: string
  metrics(): Promise<string>
}

/** Answers a scrape with every metric of `source`. */
export async function serveMetrics(res: ServerResponse, source: MetricsSource): Promise<void> {
  const body = await source.metrics()
  res.writeHead(200, {
    'content-type': source.contentType,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  })
  res.end(body)
}
