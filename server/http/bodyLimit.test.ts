import { Agent, request, type IncomingHttpHeaders } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorId } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { startTestServer } from '../testing/testServer'
import { DRAIN_LIMIT_BYTES } from './body'

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
  /** The request went out on a connection an earlier request had used. */
  reusedSocket: boolean
}

function post(origin: string, agent: Agent, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/api/boards`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, reusedSocket: req.reusedSocket }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** Sends `head` (request line and headers) and `body` on a fresh socket; resolves with all it reads until the server closes. */
function rawExchange(port: number, head: string, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let received = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => (received += chunk))
    socket.on('end', () => resolve(received))
    socket.on('error', reject)
    socket.write(head)
    socket.write(body)
  })
}

describe('a request body over its limit', () => {
  let server: RunningServer
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    agent.destroy()
    await server.close()
  })

  it('is answered 413 and the keep-alive connection carries the next request', async () => {
    const warmUp = await post(server.origin, agent, JSON.stringify({ title: 'first' }))
    expect(warmUp.status).toBe(201)
    const huge = await post(server.origin, agent, JSON.stringify({ title: 'x', pad: 'y'.repeat(200_000) }))
    expect(huge.status).toBe(413)
    expect(JSON.parse(huge.body)).toMatchObject({ error: { id: ErrorId.payloadTooLarge } })
    expect(huge.reusedSocket).toBe(true)
    expect(huge.headers.connection).toBe('keep-alive')
    const next = await post(server.origin, agent, JSON.stringify({ title: 'after' }))
    expect(next.status).toBe(201)
    expect(next.reusedSocket).toBe(true)
  })

  it('announced far over the limit: 413 at once, without reading it, and the connection closed', async () => {
    const head = `POST /api/boards HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${64 * 1024 * 1024}\r\n\r\n`
    const answer = await rawExchange(server.port, head, Buffer.alloc(0))
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toMatch(/\r\nconnection: close\r\n/i)
    expect(answer).toContain(ErrorId.payloadTooLarge)
    expect((await post(server.origin, agent, JSON.stringify({ title: 'still up' }))).status).toBe(201)
  })

  it('sent without a length and past what is drained: 413 and the connection closed', async () => {
    const size = 16 * 1024 + DRAIN_LIMIT_BYTES + 1
    const head = 'POST /api/boards HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n'
    // One chunk, not terminated: the server has to stop reading by itself.
    const body = Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), Buffer.alloc(size, 0x20)])
    const answer = await rawExchange(server.port, head, body)
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toMatch(/\r\nconnection: close\r\n/i)
  })
})
