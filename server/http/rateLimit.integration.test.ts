import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorId } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { metricValue, scrape } from '../testing/metricsText'
import { createBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'

const limits = { boardsPerHour: 1, boardBurst: 2, writesPerMinute: 1, writeBurst: 2 }

function createFrom(origin: string, forwardedFor?: string): Promise<Response> {
  return fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ title: 'Workshop' }),
  })
}

describe('the HTTP rate limit, without a trusted proxy', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ httpRateLimit: limits })
  })
  afterAll(() => server.close())

  it('answers 429 rate_limited with Retry-After once an address has used its burst of boards', async () => {
    expect((await createFrom(server.origin)).status).toBe(201)
    expect((await createFrom(server.origin)).status).toBe(201)
    const refused = await createFrom(server.origin)
    expect(refused.status).toBe(429)
    expect(await refused.json()).toMatchObject({ error: { id: ErrorId.rateLimited } })
    // One board an hour: the next one is about an hour away.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600)
  })

  it('ignores X-Forwarded-For, which anyone can write', async () => {
    expect((await createFrom(server.origin, '198.51.100.7')).status).toBe(429)
  })

  it('counts the refusals for Prometheus', async () => {
    const samples = await scrape(server.origin)
    expect(metricValue(samples, 'plenary_http_refused_total', { reason: 'rate' })).toBe(2)
    expect(metricValue(samples, 'plenary_http_refused_total', { reason: 'host' })).toBe(0)
  })

  it('leaves reads alone', async () => {
    expect((await fetch(`${server.origin}/api/time`)).status).toBe(200)
    expect((await fetch(`${server.origin}/`)).status).toBe(200)
  })
})

describe('the HTTP rate limit behind one trusted proxy (TRUST_PROXY=1)', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ httpRateLimit: limits, trustProxy: 1 })
  })
  afterAll(() => server.close())

  it('counts each client address the proxy reports on its own', async () => {
    expect((await createFrom(server.origin, '198.51.100.7')).status).toBe(201)
    expect((await createFrom(server.origin, '198.51.100.7')).status).toBe(201)
    expect((await createFrom(server.origin, '198.51.100.7')).status).toBe(429)
    // Another person behind the same proxy is not affected…
    expect((await createFrom(server.origin, '203.0.113.9')).status).toBe(201)
    // …and the first cannot get round the limit by writing an address in front of the proxy's.
    expect((await createFrom(server.origin, '192.0.2.1, 198.51.100.7')).status).toBe(429)
  })

  it('limits other writes in their own bucket: link rotation among them', async () => {
    const board = await createBoard(server.origin)
    const rotate = () =>
      fetch(`${server.origin}/api/boards/${board.id}/links/viewer/rotate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${board.tokens.facilitator}`, 'x-forwarded-for': '192.0.2.50' },
      })
    expect((await rotate()).status).toBe(200)
    expect((await rotate()).status).toBe(200)
    const refused = await rotate()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await createFrom(server.origin, '192.0.2.50')).status).toBe(201)
  })
})
