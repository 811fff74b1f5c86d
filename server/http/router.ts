/**
 * The HTTP request listener: the request guard, then the route table (routes.ts), then the
 * client app for every path that is not the API. It knows no route by name. Every request is
 * logged and counted by its route pattern once answered (requestLog.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CommunityPaths } from '../../shared/community/paths'
import { ErrorId, Paths } from '../../shared/protocol'
import type { Logger } from '../logger'
import { isStorageUnavailable } from '../persistence/errors'
import type { ClientApp } from './clientApp'
import { sendError } from './json'
import type { RequestGuard } from './requestGuard'
import { observeRequest, RequestKind, type HttpEvents, type RequestRecord } from './requestLog'
import { parseRequestTarget } from './requestTarget'
import { findRoute, methodNotAllowed, type Route } from './routeTable'

/** What the router needs. */
export interface RouterDeps {
  /** The route table, tried in order (routes.ts). */
  routes: readonly Route[]
  clientApp: ClientApp
  logger: Logger
  /** Host check and per-address rate limit, before any route (requestGuard.ts). */
  guard: RequestGuard
  /** Told of every answered request, for metrics. */
  events?: HttpEvents
}

/** Creates the request listener for the HTTP server. */
export function createRouter(deps: RouterDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const record = observeRequest(req, res, deps)
    handle(req, res, deps, record).catch((error: unknown) => {
      // The route, not req.url: a query string may carry a token.
      deps.logger.error({ err: error, route: record.route }, 'request failed')
      if (res.headersSent) res.destroy()
      else if (isStorageUnavailable(error)) {
        sendError(res, 503, ErrorId.storageUnavailable, 'The board database is unavailable; nothing was saved. Try again shortly.')
      } else sendError(res, 500, ErrorId.internal, 'Something went wrong on the server.')
    })
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: RouterDeps, record: RequestRecord): Promise<void> {
  const target = parseRequestTarget(req.url)
  // Labelled unmatched (the record's default), never by its target: it may hold a token.
  if (!target) return sendError(res, 400, ErrorId.badRequest, 'The request’s address is not a valid URL path.')
  const { pathname } = target
  const method = req.method ?? 'GET'
  if (deps.guard(req, res, pathname, method)) {
    record.route = RequestKind.refused
    // Each refusal has its own line (a warning) or is a flood (counted by the metrics).
    record.quiet = true
    return
  }
  const found = findRoute(deps.routes, pathname)
  if (found) {
    record.route = found.route.pattern
    record.quiet = found.route.probe
    await found.serve(req, res, method)
    return
  }
  if (pathname.startsWith('/api/')) return sendError(res, 404, ErrorId.notFound, 'No such API endpoint.')

  if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
  if (pathname === '/' || pathname === '/index.html' || pathname.startsWith(Paths.boardPage) || pathname.startsWith(CommunityPaths.page)) {
    record.route = RequestKind.index
    return deps.clientApp.serveIndex(req, res)
  }
  record.route = RequestKind.asset
  record.quiet = true
  await deps.clientApp.serveStatic(req, res, () => {
    record.route = RequestKind.unmatched
    record.quiet = false
    sendError(res, 404, ErrorId.notFound, 'Not found.')
  })
}
