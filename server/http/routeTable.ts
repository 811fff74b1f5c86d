/**
 * What a route table is made of: a path pattern such as `/api/boards/:id/snapshots/:sid` and
 * a handler per method. The table answers a wrong method with 405 and the `Allow` its route
 * names, and hands handlers the path parameters already percent-decoded. routes.ts holds
 * the server's table; router.ts runs it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorId } from '../../shared/protocol'
import { sendError } from './json'

/** The methods a route may name. */
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
type HttpMethod = (typeof HTTP_METHODS)[number]

/** The names of a pattern's `:name` segments. */
type ParamName<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamName<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never

/** The decoded path parameters of pattern `P`, by name. */
export type RouteParams<P extends string> = Readonly<Record<ParamName<P>, string>>

/** Answers one request; the path parameters come decoded. */
export type RouteHandler<Params> = (req: IncomingMessage, res: ServerResponse, params: Params) => void | Promise<void>

/**
 * A route's handlers by method. `ANY` answers every method the route does not name, so a route
 * with it never answers 405.
 */
export type RouteMethods<Params> = Partial<Record<HttpMethod | 'ANY', RouteHandler<Params>>>

/** How a route is treated beside its handlers. */
export interface RouteOptions {
  /**
   * Polled by machines (health checks, readiness, scrapes): its requests are logged at debug,
   * so a load balancer's probes do not flood the log.
   */
  probe?: boolean
}

/** One entry of a route table. */
export interface Route {
  readonly pattern: string
  /** See RouteOptions.probe. */
  readonly probe: boolean
  /** This route's answer to `pathname`, its parameters already read; undefined when `pathname` is not its path. */
  match(pathname: string): RouteMatch | undefined
}

/** A route matched to one path: what is left is to answer the request's method. */
export interface RouteMatch {
  readonly route: Route
  /** Answers with the handler of `method`, or 405 naming the methods the route takes. */
  serve(req: IncomingMessage, res: ServerResponse, method: string): Promise<void>
}

/** A path segment, percent-decoded; '' when it is not valid percent-encoding (no such board). */
function decodeSegment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '')
  } catch {
    return ''
  }
}

/** Answers 405 with the methods the route takes in `Allow`. */
export function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('allow', allow)
  sendError(res, 405, ErrorId.badRequest, `Use ${allow}.`)
}

/** The same handler for GET and HEAD: a HEAD is a GET whose body Node leaves unsent. */
export function readable<Params>(handler: RouteHandler<Params>): RouteMethods<Params> {
  return { GET: handler, HEAD: handler }
}

const isHttpMethod = (method: string): method is HttpMethod => (HTTP_METHODS as readonly string[]).includes(method)

/**
 * A route of `pattern`: literal segments, and `:name` segments that each match one non-empty
 * segment of the path (still percent-encoded, as the URL parser left it).
 */
export function route<P extends string>(pattern: P, methods: RouteMethods<RouteParams<P>>, options: RouteOptions = {}): Route {
  const names: string[] = []
  const source = pattern
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(part.slice(1))
      return '([^/]+)'
    })
    .join('/')
  const regex = new RegExp(`^${source}$`)
  // HEAD goes unnamed, as it always has: it is answered wherever GET is.
  const allow = HTTP_METHODS.filter((method) => method !== 'HEAD' && methods[method]).join(', ')
  const entry: Route = {
    pattern,
    probe: options.probe ?? false,
    match(pathname) {
      const found = regex.exec(pathname)
      if (!found) return undefined
      // `names` are the `:name` segments of `pattern`, read by the same rule as ParamName<P>.
      const params = Object.fromEntries(names.map((name, index) => [name, decodeSegment(found[index + 1])])) as RouteParams<P>
      return {
        route: entry,
        async serve(req, res, method) {
          const handler = (isHttpMethod(method) ? methods[method] : undefined) ?? methods.ANY
          if (handler) await handler(req, res, params)
          else methodNotAllowed(res, allow)
        },
      }
    },
  }
  return entry
}

/** The first route of `routes` whose path `pathname` is, matched, if any. */
export function findRoute(routes: readonly Route[], pathname: string): RouteMatch | undefined {
  for (const entry of routes) {
    const found = entry.match(pathname)
    if (found) return found
  }
  return undefined
}
