/** Routes HTTP requests to the health check, the REST API and the client app. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorId, Paths } from '../../shared/protocol'
import type { Logger } from '../logger'
import { isStorageUnavailable } from '../persistence/errors'
import { METRICS_PATH, serveMetrics, type MetricsSource } from '../metrics/metricsRoute'
import { routeAssets, type AssetLimits } from './assets'
import { createBoard, getBoard, getLinks, rotateBoardLink, type BoardRoutesDeps } from './boards'
import type { ClientApp } from './clientApp'
import type { RequestGuard } from './requestGuard'
import { sendError, sendJson } from './json'
import { getMinutes } from './minutes'
import { getRoster } from './roster'
import { routeSnapshots } from './snapshotRoutes'
import { methodNotAllowed, segment } from './routing'

/** What the router needs. */
export interface RouterDeps extends BoardRoutesDeps {
  clientApp: ClientApp
  logger: Logger
  /** False until the server can serve boards (storage open). */
  isReady: () => boolean
  /** Served at `GET /metrics` in Prometheus text format. */
  metrics: MetricsSource
  /** Host check and per-address rate limit, before any route (requestGuard.ts). */
  guard: RequestGuard
  /** Upload and per-board limits of the asset store. */
  assetLimits: AssetLimits
}

const BOARD_API = /^\/api\/boards\/([^/]+)$/
const LINKS_API = /^\/api\/boards\/([^/]+)\/links$/
const ROTATE_API = /^\/api\/boards\/([^/]+)\/links\/([^/]+)\/rotate$/
const ROSTER_API = /^\/api\/boards\/([^/]+)\/roster\.(json|csv)$/
const MINUTES_API = /^\/api\/boards\/([^/]+)\/export\.md$/

/** Creates the request listener for the HTTP server. */
export function createRouter(deps: RouterDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, deps).catch((error: unknown) => {
      deps.logger.error({ err: error, url: req.url }, 'request failed')
      if (res.headersSent) res.destroy()
      else if (isStorageUnavailable(error)) {
        sendError(res, 503, ErrorId.storageUnavailable, 'The board database is unavailable; nothing was saved. Try again shortly.')
      } else sendError(res, 500, ErrorId.internal, 'Something went wrong on the server.')
    })
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: RouterDeps): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://internal')
  const method = req.method ?? 'GET'
  if (deps.guard(req, res, pathname, method)) return

  if (pathname === Paths.health) {
    if (!deps.isReady()) return sendJson(res, 503, { ok: false })
    return sendJson(res, 200, { ok: true })
  }
  if (pathname === Paths.time) {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
    // Open to all: the time is no secret, and clients need it before they have a board open.
    return sendJson(res, 200, { now: Date.now() })
  }
  if (pathname === METRICS_PATH) {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
    return serveMetrics(res, deps.metrics)
  }
  if (pathname === Paths.boards) {
    if (method === 'POST') return createBoard(req, res, deps)
    return methodNotAllowed(res, 'POST')
  }
  const boardMatch = BOARD_API.exec(pathname)
  if (boardMatch) {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
    return getBoard(req, res, segment(boardMatch[1]), deps)
  }
  const linksMatch = LINKS_API.exec(pathname)
  if (linksMatch) {
    if (method !== 'GET') return methodNotAllowed(res, 'GET')
    return getLinks(req, res, segment(linksMatch[1]), deps)
  }
  const rotateMatch = ROTATE_API.exec(pathname)
  if (rotateMatch) {
    if (method !== 'POST') return methodNotAllowed(res, 'POST')
    return rotateBoardLink(req, res, segment(rotateMatch[1]), segment(rotateMatch[2]), deps)
  }
  const rosterMatch = ROSTER_API.exec(pathname)
  if (rosterMatch) {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
    return getRoster(req, res, segment(rosterMatch[1]), rosterMatch[2] === 'csv' ? 'csv' : 'json', deps)
  }
  const minutesMatch = MINUTES_API.exec(pathname)
  if (minutesMatch) {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
    return getMinutes(req, res, segment(minutesMatch[1]), deps)
  }
  if (await routeSnapshots(req, res, pathname, method, deps)) return
  if (await routeAssets(req, res, pathname, method, deps)) return
  if (pathname.startsWith('/api/')) return sendError(res, 404, ErrorId.notFound, 'No such API endpoint.')

  if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
  if (pathname === '/' || pathname === '/index.html' || pathname.startsWith(Paths.boardPage)) {
    return deps.clientApp.serveIndex(req, res)
  }
  deps.clientApp.serveStatic(req, res, () => sendError(res, 404, ErrorId.notFound, 'Not found.'))
}
