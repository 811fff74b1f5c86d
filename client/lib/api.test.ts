import { describe, expect, it } from 'vitest'
import { createBoard, getBoard, getBoardLinks, replaceBoardLink } from './api'
import { fakeFetch } from './testing'

const ID = 'AbCdEfGhIjKlMnOpQrStUv'
const TOKEN = 'T'.repeat(32)
const link = (token: string) => `http://x/b/${ID}#token=${token}`
const links = { facilitator: link('F'.repeat(32)), participant: link('P'.repeat(32)), viewer: link('V'.repeat(32)) }

describe('createBoard', () => {
  it('posts the title and returns the new id with a link per role', async () => {
    const calls: Request[] = []
    const created = { id: ID, url: `http://x/b/${ID}`, links }
    const result = await createBoard('March', { fetch: fakeFetch(201, created, calls) })
    expect(result).toEqual({ ok: true, value: created })
    expect(calls[0]?.method).toBe('POST')
    expect(await calls[0]?.json()).toEqual({ title: 'March' })
  })

  it('shows the server’s message on an error body', async () => {
    const result = await createBoard('x', {
      fetch: fakeFetch(400, { error: { id: 'bad_request', message: 'title must be a string' } }),
    })
    expect(result).toEqual({ ok: false, error: { id: 'bad_request', message: 'title must be a string', status: 400 } })
  })

  it('refuses a success body it does not understand, including links without a token', async () => {
    expect(await createBoard('x', { fetch: fakeFetch(201, { id: 'nope' }) })).toMatchObject({
      ok: false,
      error: { id: 'invalid_response' },
    })
    const tokenless = { id: ID, url: `http://x/b/${ID}`, links: { ...links, viewer: `http://x/b/${ID}` } }
    expect(await createBoard('x', { fetch: fakeFetch(201, tokenless) })).toMatchObject({
      ok: false,
      error: { id: 'invalid_response' },
    })
  })

  it('reports an unreachable server as a network error', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch')
    }
    const result = await createBoard('x', { fetch: failing })
    expect(result).toMatchObject({ ok: false, error: { id: 'network' } })
  })
})

describe('getBoard', () => {
  const info = {
    id: ID,
    title: 'March',
    createdAt: '2026-03-01T10:00:00.000Z',
    counts: { records: 5, shapes: 2, notes: 1 },
    role: 'viewer',
  }

  it('sends the token as a bearer token and returns the summary with the role', async () => {
    const calls: Request[] = []
    expect(await getBoard(ID, TOKEN, { fetch: fakeFetch(200, info, calls) })).toEqual({ ok: true, value: info })
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`)
  })

  it('maps 404 to not_found, with or without a JSON body', async () => {
    const withBody = await getBoard(ID, TOKEN, {
      fetch: fakeFetch(404, { error: { id: 'not_found', message: 'No board with that id.' } }),
    })
    expect(withBody).toMatchObject({ ok: false, error: { id: 'not_found', message: 'No board with that id.' } })
    const withoutBody = await getBoard(ID, TOKEN, { fetch: fakeFetch(404, 'Not Found') })
    expect(withoutBody).toMatchObject({ ok: false, error: { id: 'not_found', status: 404 } })
  })

  it('tells a wrong token from a replaced link, even without a JSON body', async () => {
    expect(await getBoard(ID, TOKEN, { fetch: fakeFetch(401, { error: { id: 'unauthorized', message: 'x' } }) })).toMatchObject({
      ok: false,
      error: { id: 'unauthorized' },
    })
    expect(await getBoard(ID, TOKEN, { fetch: fakeFetch(410, 'Gone') })).toMatchObject({
      ok: false,
      error: { id: 'link_revoked', status: 410 },
    })
  })

  it('refuses negative counts, a bad date or an unknown role', async () => {
    const bad = { ...info, createdAt: 'yesterday', counts: { records: -1, shapes: 0, notes: 0 } }
    expect(await getBoard(ID, TOKEN, { fetch: fakeFetch(200, bad) })).toMatchObject({ ok: false, error: { id: 'invalid_response' } })
    expect(await getBoard(ID, TOKEN, { fetch: fakeFetch(200, { ...info, role: 'admin' }) })).toMatchObject({
      ok: false,
      error: { id: 'invalid_response' },
    })
  })
})

describe('links', () => {
  it('reads the current links with the facilitator token', async () => {
    const calls: Request[] = []
    expect(await getBoardLinks(ID, TOKEN, { fetch: fakeFetch(200, { links }, calls) })).toEqual({ ok: true, value: links })
    expect(calls[0]?.url).toBe(`http://localhost/api/boards/${ID}/links`)
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`)
  })

  it('replaces a link with a POST and returns the new set', async () => {
    const calls: Request[] = []
    const next = { ...links, participant: link('Q'.repeat(32)) }
    expect(await replaceBoardLink(ID, 'participant', TOKEN, { fetch: fakeFetch(200, { links: next }, calls) })).toEqual({
      ok: true,
      value: next,
    })
    expect(calls[0]?.method).toBe('POST')
    expect(calls[0]?.url).toBe(`http://localhost/api/boards/${ID}/links/participant/rotate`)
  })

  it('never asks to replace the facilitator link', async () => {
    await expect(replaceBoardLink(ID, 'facilitator', TOKEN, { fetch: fakeFetch(200, { links }) })).rejects.toThrow()
  })
})
