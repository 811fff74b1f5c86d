import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CloseCode, Paths, Role, TOKEN_PARAM } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { captureLogs, LogLevel, type LogLine } from '../testing/logCapture'
import { rawRequest } from '../testing/rawHttp'
import { connectClient, createBoard, tokenOfLink, waitFor, waitForSync } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { sendJson } from './json'
import { createRouter } from './router'
import { route } from './routeTable'

const requestLines = (lines: readonly LogLine[]) => lines.filter((line) => line.msg === 'request')

/** Resolves with the close code of a sync connection opened at `url`. */
function syncCloseCode(url: string): Promise<number> {
  const ws = new WebSocket(url)
  ws.on('error', () => undefined)
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)))
}

describe('request logs of a running server', () => {
  const { logger, lines } = captureLogs()
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({}, undefined, logger)
  })
  afterAll(() => server.close())

  it('log each request by route pattern, probes and files at debug, and never a token however it was sent', async () => {
    const board = await createBoard(server.origin, 'Asamblea de cooperativas Łódź — 協同組合 Ψηφοφορία')
    const { facilitator, participant, viewer } = board.tokens
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
    const api = `${server.origin}${Paths.boards}/${board.id}`
    // The API takes a token only as `Authorization: Bearer`; the others are what a careless
    // client or a pasted link might send: a query string, a path segment, a fragment.
    const requests: [string, RequestInit?][] = [
      [api, { headers: bearer(participant) }],
      [`${api}/links`, { headers: bearer(facilitator) }],
      [`${api}/export.md?lang=es`, { headers: bearer(viewer) }],
      [`${api}/roster.json?${TOKEN_PARAM}=${participant}`, { headers: bearer(participant) }],
      [`${api}?${TOKEN_PARAM}=${viewer}`],
      [`${server.origin}/b/${board.id}?${TOKEN_PARAM}=${facilitator}#${TOKEN_PARAM}=${facilitator}`],
      [`${server.origin}/b/${board.id}/${facilitator}`],
      [`${api}/${participant}`, { headers: bearer(participant) }],
      [`${server.origin}/${viewer}.js`],
      [`${server.origin}/assets/app.js?${TOKEN_PARAM}=${viewer}`],
      [`${server.origin}${Paths.health}?${TOKEN_PARAM}=${viewer}`],
      [`${server.origin}/metrics`],
    ]
    for (const [url, init] of requests) await (await fetch(url, init)).arrayBuffer()
    const rotated = await fetch(`${api}/links/participant/rotate`, { method: 'POST', headers: bearer(facilitator) })
    expect(rotated.status).toBe(200)
    const newParticipant = tokenOfLink(((await rotated.json()) as { links: Record<Role, string> }).links.participant)

    // The sync endpoint takes the token in its URL's query: accepted, revoked and wrong.
    const client = connectClient(server.origin, board, { role: Role.viewer })
    await waitForSync(client)
    client.destroy()
    const syncUrl = (token: string) => `${server.origin.replace(/^http/, 'ws')}${Paths.sync}/${board.id}?${TOKEN_PARAM}=${token}`
    expect(await syncCloseCode(syncUrl(participant))).toBe(CloseCode.linkRevoked)
    expect(await syncCloseCode(syncUrl(`${viewer.slice(0, -2)}xx`))).toBe(CloseCode.unauthorized)

    // Lines are written when each response is done: the creation, the requests and the rotation.
    await waitFor(() => requestLines(lines).length === requests.length + 2, 5000, 'a line per request')
    for (const token of [facilitator, participant, viewer, newParticipant, `${viewer.slice(0, -2)}xx`]) {
      expect(lines.filter((line) => line.raw.includes(token)).map((line) => line.raw)).toEqual([])
    }
    expect(lines.some((line) => line.msg === 'refused a token')).toBe(true)

    // In any order: a line is written when its response is done, which may be after the next request began.
    const byText = (entries: readonly object[]) => entries.map((entry) => JSON.stringify(entry)).sort()
    const seen = requestLines(lines).map(({ method, route, status, level }) => ({ method, route, status, level }))
    const info = LogLevel.info
    const debug = LogLevel.debug
    expect(byText(seen)).toEqual(
      byText([
        { method: 'POST', route: '/api/boards', status: 201, level: info },
        { method: 'GET', route: '/api/boards/:id', status: 200, level: info },
        { method: 'GET', route: '/api/boards/:id/links', status: 200, level: info },
        { method: 'GET', route: '/api/boards/:id/export.md', status: 200, level: info },
        { method: 'GET', route: '/api/boards/:id/roster.json', status: 200, level: info },
        { method: 'GET', route: '/api/boards/:id', status: 401, level: info },
        { method: 'GET', route: 'index', status: 200, level: info },
        { method: 'GET', route: 'index', status: 200, level: info },
        { method: 'GET', route: 'unmatched', status: 404, level: info },
        { method: 'GET', route: 'unmatched', status: 404, level: info },
        { method: 'GET', route: 'asset', status: 200, level: debug },
        { method: 'GET', route: Paths.health, status: 200, level: debug },
        { method: 'GET', route: '/metrics', status: 200, level: debug },
        { method: 'POST', route: '/api/boards/:id/links/:role/rotate', status: 200, level: info },
      ]),
    )
    for (const line of requestLines(lines)) {
      expect(line.ms).toBeGreaterThanOrEqual(0)
      expect(line.ms).toBeLessThan(5000)
      expect(line.bytes).toBeGreaterThan(0)
      expect(line.aborted).toBeUndefined()
    }
  })
})

describe('a sync upgrade whose target is not a valid URL', () => {
  const { logger, lines } = captureLogs()
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({}, undefined, logger)
  })
  afterAll(() => server.close())

  it('is refused, the server stays up, and its token is never logged', async () => {
    const secret = 'tok3n-Zółć-秘密'
    const socket = connect(Number(new URL(server.origin).port), '127.0.0.1')
    const closed = new Promise((resolve) => socket.once('close', resolve))
    socket.on('error', () => undefined)
    socket.write(
      [
        `GET //[x?${TOKEN_PARAM}=${encodeURIComponent(secret)} HTTP/1.1`,
        'Host: 127.0.0.1',
        'Connection: Upgrade',
        'Upgrade: websocket',
        'Sec-WebSocket-Version: 13',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        '',
        '',
      ].join('\r\n'),
    )
    await closed
    expect((await fetch(`${server.origin}${Paths.health}`)).status).toBe(200)
    expect(lines.filter((line) => line.raw.includes(encodeURIComponent(secret)) || line.raw.includes(secret))).toEqual([])
  })
})

describe('request logs of the router', () => {
  const { logger, lines } = captureLogs()
  const secret = 'tok3n-Zółć-秘密'
  let server: Server
  let origin = ''
  let slowStarted = false
  beforeAll(async () => {
    const routes = [
      route('/api/failing/:id', {
        GET: () => {
          throw new Error('boom')
        },
      }),
      route('/api/slow', {
        GET: (req) => {
          // Never answers; ends when the client gives up.
          slowStarted = true
          return new Promise((resolve) => req.once('close', () => resolve()))
        },
      }),
      route('/api/ok', { GET: (_req, res) => sendJson(res, 200, { ok: true }) }),
      route(
        '/api/failing-probe',
        {
          GET: () => {
            throw new Error('probe broke')
          },
        },
        { probe: true },
      ),
      route('/api/unready-probe', { GET: (_req, res) => sendJson(res, 503, { ready: false }) }, { probe: true }),
    ]
    server = createServer(
      createRouter({
        routes,
        logger,
        guard: () => false,
        clientApp: { serveIndex: (_req, res) => res.end(), serveStatic: (_req, _res, next) => Promise.resolve(next()) },
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('name the route of a failed request, never its path or query', async () => {
    const response = await fetch(`${origin}/api/failing/${encodeURIComponent(secret)}?${TOKEN_PARAM}=${encodeURIComponent(secret)}`)
    expect(response.status).toBe(500)
    await waitFor(() => requestLines(lines).length === 1, 5000, 'the request line')
    const failed = lines.find((line) => line.msg === 'request failed')
    expect(failed).toMatchObject({ level: LogLevel.error, route: '/api/failing/:id' })
    expect(requestLines(lines)[0]).toMatchObject({ method: 'GET', route: '/api/failing/:id', status: 500, level: LogLevel.warn })
    const encoded = encodeURIComponent(secret)
    expect(lines.filter((line) => line.raw.includes(encoded) || line.raw.includes(secret))).toEqual([])
  })

  it('answer a target that is not a valid URL with 400, labelled unmatched, its query never logged', async () => {
    const before = lines.length
    const answer = await rawRequest(origin, { target: `//[x?${TOKEN_PARAM}=${encodeURIComponent(secret)}` })
    expect(answer.status).toBe(400)
    await waitFor(() => requestLines(lines.slice(before)).length === 1, 5000, 'the request line')
    expect(requestLines(lines.slice(before))[0]).toMatchObject({ method: 'GET', route: 'unmatched', status: 400, level: LogLevel.info })
    expect(lines.slice(before).filter((line) => line.level >= LogLevel.error)).toEqual([])
    expect(lines.filter((line) => line.raw.includes(encodeURIComponent(secret)) || line.raw.includes(secret))).toEqual([])
  })

  it('log a server error at warn on a route otherwise logged at debug', async () => {
    const before = lines.length
    expect((await fetch(`${origin}/api/failing-probe`)).status).toBe(500)
    expect((await fetch(`${origin}/api/failing-probe`, { method: 'POST' })).status).toBe(405)
    await waitFor(() => requestLines(lines.slice(before)).length === 2, 5000, 'the request lines')
    const levels = requestLines(lines.slice(before)).map(({ status, level }) => ({ status, level }))
    expect(levels.sort((a, b) => Number(a.status) - Number(b.status))).toEqual([
      { status: 405, level: LogLevel.debug },
      { status: 500, level: LogLevel.warn },
    ])
  })

  it("log a probe's 503 (not ready) at debug: a balancer asks every few seconds", async () => {
    const before = lines.length
    expect((await fetch(`${origin}/api/unready-probe`)).status).toBe(503)
    await waitFor(() => requestLines(lines.slice(before)).length === 1, 5000, 'the request line')
    expect(requestLines(lines.slice(before))[0]).toMatchObject({ route: '/api/unready-probe', status: 503, level: LogLevel.debug })
  })

  it('record a request the client gave up on as 499, aborted', async () => {
    const before = requestLines(lines).length
    const controller = new AbortController()
    const gaveUp = fetch(`${origin}/api/slow`, { signal: controller.signal }).catch((error: unknown) => error)
    await waitFor(() => slowStarted, 5000, 'the slow request under way')
    controller.abort()
    expect(await gaveUp).toBeInstanceOf(Error)
    await waitFor(() => requestLines(lines).length === before + 1, 5000, 'the aborted request line')
    expect(requestLines(lines)[before]).toMatchObject({ method: 'GET', route: '/api/slow', status: 499, aborted: true })
  })
})
