import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorId } from '../../shared/protocol'
import { createLogger } from '../logger'
import { sendJson } from './json'
import { createRouter } from './router'
import { readable, route } from './routeTable'

describe('a route table run by the router', () => {
  const seen: string[] = []
  let server: Server
  let origin = ''
  const routes = [
    route(
      '/api/things/:id',
      readable((req, res, { id }) => sendJson(res, 200, { method: req.method, id })),
    ),
    route('/api/things/:id/parts/:part', {
      ...readable((_req, res, { id, part }) => sendJson(res, 200, { id, part })),
      POST: (_req, res, { id }) => sendJson(res, 201, { created: id }),
    }),
    route('/api/things', { POST: (_req, res) => sendJson(res, 201, {}) }),
    route('/api/things/:id/links', { GET: (_req, res) => sendJson(res, 200, {}) }),
    route('/api/any', { ANY: (req, res) => sendJson(res, 200, { method: req.method }) }),
    route('/api/failing', {
      GET: () => {
        throw new Error('boom')
      },
    }),
  ]

  beforeAll(async () => {
    server = createServer(
      createRouter({
        routes,
        logger: createLogger('silent'),
        guard: (_req, res, pathname) => {
          if (pathname !== '/api/guarded') return false
          sendJson(res, 429, { guarded: true })
          return true
        },
        clientApp: {
          serveIndex: (_req, res) => {
            seen.push('index')
            res.end('index')
          },
          serveStatic: (req, res, next) => {
            seen.push(`static ${req.url}`)
            if (req.url === '/app.js') res.end('app')
            else next()
            return Promise.resolve()
          },
        },
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  const call = (path: string, method = 'GET') => fetch(`${origin}${path}`, { method })

  it('hands the handler its path parameters, percent-decoded, and an invalid encoding as ""', async () => {
    expect(await (await call('/api/things/a%20b%2Fc')).json()).toEqual({ method: 'GET', id: 'a b/c' })
    expect(await (await call('/api/things/caf%C3%A9/parts/x%2E1')).json()).toEqual({ id: 'café', part: 'x.1' })
    expect(await (await call('/api/things/%E0%A4%A')).json()).toEqual({ method: 'GET', id: '' })
  })

  it('answers HEAD with the GET handler, without a body, where the route reads', async () => {
    const head = await call('/api/things/x', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect((await head.arrayBuffer()).byteLength).toBe(0)
    const links = await call('/api/things/x/links', 'HEAD')
    expect(links.status).toBe(405)
    expect(links.headers.get('allow')).toBe('GET')
  })

  it('answers another method with 405 and the methods of the route in Allow, HEAD unnamed', async () => {
    for (const [path, method, allow] of [
      ['/api/things/x', 'POST', 'GET'],
      ['/api/things/x/parts/y', 'DELETE', 'GET, POST'],
      ['/api/things', 'GET', 'POST'],
      ['/api/things/x/links', 'PUT', 'GET'],
    ] as const) {
      const response = await call(path, method)
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe(allow)
      expect(await response.json()).toEqual({ error: { id: ErrorId.badRequest, message: `Use ${allow}.` } })
    }
    expect((await call('/api/things/x/parts/y', 'POST')).status).toBe(201)
  })

  it('lets a route with ANY answer every method', async () => {
    for (const method of ['GET', 'POST', 'DELETE', 'PATCH']) {
      expect(await (await call('/api/any', method)).json()).toEqual({ method })
    }
  })

  it('answers a path under /api/ that no route matches with 404 not_found, for any method', async () => {
    for (const [path, method] of [
      ['/api/nothing', 'GET'],
      ['/api/things/x/y', 'POST'],
      ['/api/things/', 'GET'],
      ['/api/things/x/links/', 'GET'],
    ] as const) {
      const response = await call(path, method)
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({ error: { id: ErrorId.notFound, message: 'No such API endpoint.' } })
    }
  })

  it('serves the client app for every other path: the page, its files, 404 for none, 405 for a write', async () => {
    seen.length = 0
    expect(await (await call('/')).text()).toBe('index')
    expect(await (await call('/b/some-board')).text()).toBe('index')
    expect(await (await call('/c/some-community')).text()).toBe('index')
    expect(await (await call('/c/some-community/public')).text()).toBe('index')
    expect(await (await call('/app.js')).text()).toBe('app')
    const missing = await call('/nothing.js')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: { id: ErrorId.notFound, message: 'Not found.' } })
    const write = await call('/b/some-board', 'POST')
    expect(write.status).toBe(405)
    expect(write.headers.get('allow')).toBe('GET')
    expect(seen).toEqual(['index', 'index', 'index', 'index', 'static /app.js', 'static /nothing.js'])
  })

  it('lets the guard answer before any route, and answers a handler that throws with 500', async () => {
    expect(await (await call('/api/guarded')).json()).toEqual({ guarded: true })
    const failing = await call('/api/failing')
    expect(failing.status).toBe(500)
    expect(await failing.json()).toMatchObject({ error: { id: ErrorId.internal } })
  })
})
