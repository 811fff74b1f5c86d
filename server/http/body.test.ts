import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ErrorId } from '../../shared/protocol'
import { readUploadBody, readValidBody } from './body'
import { sendJson } from './json'

const schema = z.object({
  name: z.string({ error: 'name must be a string' }).max(5, { error: 'name is too long' }),
  count: z.number({ error: 'count must be a number' }).optional(),
})

describe('the body reader', () => {
  let server: Server
  let origin = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      void (async () => {
        if (req.url === '/upload') {
          res.setHeader('connection', 'close')
          const bytes = await readUploadBody(req, res, 8, 'Too big for this test.')
          if (bytes) sendJson(res, 200, { bytes: [...bytes] })
          return
        }
        const body = await readValidBody(req, res, req.url === '/loose' ? z.object({}) : schema, 64)
        if (body) sendJson(res, 200, body)
      })()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  const post = (path: string, body: string | Uint8Array<ArrayBuffer>, type = 'application/json') =>
    fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': type }, body })

  it('hands back the body the schema parsed, and reads an empty body as {}', async () => {
    expect(await (await post('/json', '{"name":"Ana","count":2,"extra":1}')).json()).toEqual({ name: 'Ana', count: 2 })
    const empty = await post('/loose', '  ')
    expect(empty.status).toBe(200)
    expect(await empty.json()).toEqual({})
  })

  it('answers what it cannot use with the status and error id each deserves', async () => {
    for (const [body, type, status, id, message] of [
      ['{"name":"Ana"}', 'text/plain', 415, ErrorId.unsupportedMediaType, 'Send the body as application/json.'],
      ['{"name":', 'application/json', 400, ErrorId.badRequest, 'The body is not valid JSON.'],
      [
        '{"name":"Ana Pérez","count":"2"}',
        'application/json; charset=utf-8',
        400,
        ErrorId.badRequest,
        'name is too long; count must be a number',
      ],
      [JSON.stringify({ name: 'x'.repeat(100) }), 'application/json', 413, ErrorId.payloadTooLarge, 'The body is larger than 64 bytes.'],
    ] as const) {
      const response = await post('/json', body, type)
      expect([response.status, await response.json()]).toEqual([status, { error: { id, message } }])
    }
  })

  it('takes an upload as raw bytes of any type, and refuses one over its limit with its own message', async () => {
    expect(await (await post('/upload', new Uint8Array([1, 2, 3]), 'image/png')).json()).toEqual({ bytes: [1, 2, 3] })
    const large = await post('/upload', new Uint8Array(9), 'image/png')
    expect(large.status).toBe(413)
    expect(large.headers.get('connection')).toBe('close')
    expect(await large.json()).toEqual({ error: { id: ErrorId.payloadTooLarge, message: 'Too big for this test.' } })
  })
})
