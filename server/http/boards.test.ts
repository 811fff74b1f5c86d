import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../app'
import { tokenOfLink } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'

describe('boards REST API', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${server.origin}/api/boards`, { method: 'POST', headers: { 'content-type': contentType }, body })

  it('reports healthy once it can serve boards', async () => {
    const response = await fetch(`${server.origin}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
  })

  it('creates a board with an unguessable id and a board-page url', async () => {
    const response = await post(JSON.stringify({ title: '  Assembly   June ' }))
    expect(response.status).toBe(201)
    const body = (await response.json()) as { id: string; url: string; links: Record<string, string> }
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(body.url).toBe(`${server.origin}/b/${body.id}`)
    for (const role of ['facilitator', 'participant', 'viewer']) {
      expect(body.links[role]).toMatch(new RegExp(`^${server.origin}/b/${body.id}#token=[A-Za-z0-9_-]{32}$`))
    }
    expect(new Set(Object.values(body.links)).size).toBe(3)

    const info = await fetch(`${server.origin}/api/boards/${body.id}`, {
      headers: { authorization: `Bearer ${tokenOfLink(body.links.participant ?? '')}` },
    })
    expect(info.status).toBe(200)
    const board = (await info.json()) as Record<string, unknown>
    expect(board.title).toBe('Assembly June')
    expect(Date.parse(String(board.createdAt))).not.toBeNaN()
    expect(board.counts).toEqual({ records: 0, shapes: 0, notes: 0 })
    expect(board.role).toBe('participant')
  })

  it('gives different ids to boards created one after another', async () => {
    const ids = new Set<string>()
    for (let i = 0; i < 20; i++) ids.add(((await (await post('{}')).json()) as { id: string }).id)
    expect(ids.size).toBe(20)
  })

  it('names a board "Untitled board" when the title is blank', async () => {
    const { id, links } = (await (await post(JSON.stringify({ title: '   ' }))).json()) as {
      id: string
      links: Record<string, string>
    }
    const board = (await (
      await fetch(`${server.origin}/api/boards/${id}`, {
        headers: { authorization: `Bearer ${tokenOfLink(links.viewer ?? '')}` },
      })
    ).json()) as { title: string }
    expect(board.title).toBe('Untitled board')
  })

  it('answers 404 with a JSON error for an unknown board', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'not-an-id', '..%2F..']) {
      const response = await fetch(`${server.origin}/api/boards/${id}`)
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({ error: { id: 'not_found', message: expect.any(String) } })
    }
  })

  it('refuses bad bodies with clear errors', async () => {
    const notJson = await post('{title: nope')
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as { error: { id: string } }).error.id).toBe('bad_request')

    const wrongType = await post(JSON.stringify({ title: 42 }))
    expect(wrongType.status).toBe(400)
    expect(((await wrongType.json()) as { error: { message: string } }).error.message).toMatch(/title/)

    const tooLong = await post(JSON.stringify({ title: 'x'.repeat(201) }))
    expect(tooLong.status).toBe(400)

    const form = await post('title=x', 'application/x-www-form-urlencoded')
    expect(form.status).toBe(415)

    const huge = await post(JSON.stringify({ title: 'x', pad: 'y'.repeat(100_000) }))
    expect(huge.status).toBe(413)
  })

  it('serves the client app for the home page and board pages, with the runtime config', async () => {
    for (const path of ['/', '/b/whatever']) {
      const response = await fetch(`${server.origin}${path}`)
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain('<script type="application/json" id="plenary-config">{"tldrawLicenseKey":null}</script>')
    }
    const asset = await fetch(`${server.origin}/assets/app.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`${server.origin}/nope.js`)).status).toBe(404)
    expect((await fetch(`${server.origin}/api/nope`)).status).toBe(404)
  })
})
