import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { ErrorId } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { metricValue, scrape } from '../testing/metricsText'
import { syncUrl } from '../testing/rawClient'
import { createBoard, type TestBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { createHostCheck, hostName } from './hostCheck'

describe('hostName', () => {
  it('drops the port, brackets, a trailing dot and case', () => {
    expect(hostName('LocalHost:8080')).toBe('localhost')
    expect(hostName('[::1]:8080')).toBe('::1')
    expect(hostName('board.example.coop.')).toBe('board.example.coop')
    expect(hostName('[::1]x')).toBeNull()
    expect(hostName('a:b:c')).toBeNull()
  })
})

describe('createHostCheck', () => {
  const open = createHostCheck({ publicUrl: null, allowedHosts: [] })

  it('without PUBLIC_URL accepts loopback names and IP literals only', () => {
    for (const host of [
      'localhost',
      'localhost:8080',
      'app.localhost:3000',
      '127.0.0.1:8080',
      '127.9.9.9',
      '[::1]:8080',
      '192.168.1.20:8080',
      '[fe80::1]',
    ]) {
      expect(open(host), host).toBe(true)
    }
    for (const host of [undefined, '', 'evil.example', 'localhost.evil.example', 'board.example.coop:8080', 'evil.example:8080']) {
      expect(open(host), String(host)).toBe(false)
    }
  })

  it("accepts PUBLIC_URL's host and ALLOWED_HOSTS on any port, and nothing else", () => {
    const check = createHostCheck({ publicUrl: 'https://board.example.coop', allowedHosts: ['board.lan'] })
    expect(check('board.example.coop')).toBe(true)
    expect(check('BOARD.example.coop:443')).toBe(true)
    expect(check('board.lan:8080')).toBe(true)
    expect(check('localhost:8080')).toBe(true)
    expect(check('evil.example')).toBe(false)
    expect(check('sub.board.example.coop')).toBe(false)
  })
})

/** A GET with an explicit Host header (fetch does not let a caller choose it). */
function getWithHost(origin: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers: { host } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** Opens a sync socket with `host` as Host; resolves with 'open' or the HTTP status that refused it. */
function upgradeWithHost(url: string, host: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { host } })
    ws.once('open', () => {
      ws.close()
      resolve('open')
    })
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    ws.once('error', reject)
  })
}

describe('the Host check on a running server', () => {
  let server: RunningServer
  let board: TestBoard
  beforeAll(async () => {
    server = await startTestServer({ allowedHosts: ['board.lan'] })
    board = await createBoard(server.origin)
  })
  afterAll(() => server.close())

  it('answers 421 host_not_allowed to a foreign name (DNS rebinding), on pages and the API', async () => {
    for (const path of ['/', '/b/x', `/api/boards/${board.id}`, '/api/time']) {
      const response = await getWithHost(server.origin, path, `evil.example:${server.port}`)
      expect(response.status, path).toBe(421)
      expect(JSON.parse(response.body)).toMatchObject({ error: { id: ErrorId.hostNotAllowed } })
    }
    expect(metricValue(await scrape(server.origin), 'plenary_http_refused_total', { reason: 'host' })).toBe(4)
  })

  it('serves loopback names, IP literals and ALLOWED_HOSTS', async () => {
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `board.lan:${server.port}`]) {
      expect((await getWithHost(server.origin, '/', host)).status, host).toBe(200)
    }
  })

  it('answers /healthz, /readyz and /metrics under any name, for load balancers and Prometheus', async () => {
    expect((await getWithHost(server.origin, '/healthz', 'internal-lb-name')).status).toBe(200)
    const ready = await getWithHost(server.origin, '/readyz', 'internal-lb-name')
    expect([ready.status, JSON.parse(ready.body)]).toEqual([200, { ready: true }])
    // What DEPLOY.md tells an operator to scrape in the cluster: a node by its service name.
    const metrics = await getWithHost(server.origin, '/metrics', 'plenary-1:8080')
    expect(metrics.status).toBe(200)
    expect(metrics.body).toContain('plenary_http_refused_total')
  })

  it('refuses the WebSocket upgrade under a foreign name, and accepts it under ours', async () => {
    expect(await upgradeWithHost(syncUrl(server.origin, board), `evil.example:${server.port}`)).toBe(421)
    expect(await upgradeWithHost(syncUrl(server.origin, board), `localhost:${server.port}`)).toBe('open')
    expect(await upgradeWithHost(syncUrl(server.origin, board), `board.lan:${server.port}`)).toBe('open')
  })
})
