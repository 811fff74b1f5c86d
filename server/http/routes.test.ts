import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorId } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { createBoard, type TestBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'

describe("the server's route table", () => {
  let server: RunningServer
  let board: TestBoard
  const call = (path: string, method: string, token?: string) =>
    fetch(`${server.origin}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} })

  beforeAll(async () => {
    server = await startTestServer()
    board = await createBoard(server.origin)
  })
  afterAll(async () => {
    await server.close()
  })

  it('answers a method a route does not take with 405 and the methods it does in Allow', async () => {
    const at = `/api/boards/${board.id}`
    const hash = '0'.repeat(64)
    for (const [path, method, allow] of [
      ['/api/time', 'POST', 'GET'],
      ['/metrics', 'DELETE', 'GET'],
      ['/api/boards', 'GET', 'POST'],
      [at, 'POST', 'GET'],
      [`${at}/links`, 'HEAD', 'GET'],
      [`${at}/links`, 'POST', 'GET'],
      [`${at}/links/viewer/rotate`, 'GET', 'POST'],
      [`${at}/roster.json`, 'PUT', 'GET'],
      [`${at}/roster.csv`, 'POST', 'GET'],
      [`${at}/export.md`, 'POST', 'GET'],
      [`${at}/export.tldr`, 'POST', 'GET'],
      [`${at}/export.json`, 'DELETE', 'GET'],
      [`${at}/snapshots`, 'PUT', 'GET, POST'],
      [`${at}/snapshots/s1`, 'POST', 'GET'],
      [`${at}/snapshots/s1/state`, 'POST', 'GET'],
      [`${at}/assets`, 'GET', 'POST'],
      [`${at}/assets/${hash}`, 'POST', 'GET'],
      ['/b/whatever', 'POST', 'GET'],
    ] as const) {
      const response = await call(path, method, board.tokens.facilitator)
      expect([path, method, response.status, response.headers.get('allow')]).toEqual([path, method, 405, allow])
      if (method !== 'HEAD') expect(await response.json()).toEqual({ error: { id: ErrorId.badRequest, message: `Use ${allow}.` } })
    }
  })

  it('answers HEAD where GET is answered, without a body', async () => {
    const at = `/api/boards/${board.id}`
    for (const path of [
      '/api/time',
      '/metrics',
      '/healthz',
      at,
      `${at}/roster.json`,
      `${at}/roster.csv`,
      `${at}/export.md`,
      `${at}/export.json`,
      `${at}/snapshots`,
    ]) {
      const response = await call(path, 'HEAD', board.tokens.viewer)
      expect([path, response.status]).toEqual([path, 200])
      expect((await response.arrayBuffer()).byteLength).toBe(0)
    }
  })

  it('answers the health check to any method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) expect(await (await call('/healthz', method)).json()).toEqual({ ok: true })
  })

  it('decodes the board id once: an encoded id finds the board, an invalid encoding is no board', async () => {
    const encoded = [...board.id].map((char) => `%${char.charCodeAt(0).toString(16)}`).join('')
    expect((await call(`/api/boards/${encoded}`, 'GET', board.tokens.viewer)).status).toBe(200)
    const invalid = await call('/api/boards/%E0%A4%A/snapshots', 'GET', board.tokens.viewer)
    expect(invalid.status).toBe(404)
    expect(await invalid.json()).toEqual({ error: { id: ErrorId.notFound, message: 'No board with that id.' } })
  })

  it('answers an /api/ path no route matches with 404 not_found, and serves the app elsewhere', async () => {
    for (const [path, method] of [
      ['/api/nothing', 'GET'],
      [`/api/boards/${board.id}/export.xml`, 'GET'],
      [`/api/boards/${board.id}/links/viewer`, 'POST'],
      ['/api/boards/', 'POST'],
    ] as const) {
      const response = await call(path, method, board.tokens.facilitator)
      expect([path, response.status]).toEqual([path, 404])
      expect(await response.json()).toEqual({ error: { id: ErrorId.notFound, message: 'No such API endpoint.' } })
    }
    const page = await call(`/b/${board.id}`, 'GET')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect((await call('/no-such-file.js', 'GET')).status).toBe(404)
  })
})
