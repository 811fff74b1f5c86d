/**
 * The HTTP request listener: the request guard, then the route table (routes.ts), then the
 * client app for every path that is not the API. It knows no route by name.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorId, Paths } from '../../shared/protocol'
import type { Logger } from '../logger'
import { isStorageUnavailable } from '../persistence/errors'
import type { ClientApp } from './clientApp'
import { sendError } from './json'
import type { RequestGuard } from './requestGuard'
import { methodNotAllowed, serveRoutes, type Route } from './routeTable'

/** What the router needs. */
export interface RouterDeps {
  /** The route table, tried in order (routes.ts). */
  routes: readonly Route[]
  clientApp: ClientApp
  logger: Logger
  /** Host check and per-address rate limit, before any route (requestGuard.ts). */
  guard: RequestGuard
}

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
  if (await serveRoutes(deps.routes, req, res, pathname, method)) return
  if (pathname.startsWith('/api/')) return sendError(res, 404, ErrorId.notFound, 'No such API endpoint.')

  if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET')
  if (pathname === '/' || pathname === '/index.html' || pathname.startsWith(Paths.boardPage)) {
    return deps.clientApp.serveIndex(req, res)
  }
  deps.clientApp.serveStatic(req, res, () => sendError(res, 404, ErrorId.notFound, 'Not found.'))
}
