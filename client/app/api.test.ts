import { describe, expect, it } from 'vitest'
import { createBoard, getBoard } from './api'

const ID = 'AbCdEfGhIjKlMnOpQrStUv'

function fakeFetch(status: number, body: unknown, calls: Request[] = []): typeof fetch {
  return async (input, init) => {
    calls.push(new Request(new URL(String(input), 'http://localhost'), init))
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })
  }
}

describe('createBoard', () => {
  it('posts the title and returns the new id', async () => {
    const calls: Request[] = []
    const result = await createBoard('March', { fetch: fakeFetch(201, { id: ID, url: `http://x/b/${ID}` }, calls) })
    expect(result).toEqual({ ok: true, value: { id: ID, url: `http://x/b/${ID}` } })
    expect(calls[0]?.method).toBe('POST')
    expect(await calls[0]?.json()).toEqual({ title: 'March' })
  })

  it('shows the server’s message on an error body', async () => {
    const result = await createBoard('x', {
      fetch: fakeFetch(400, { error: { id: 'bad_request', message: 'title must be a string' } }),
    })
    expect(result).toEqual({ ok: false, error: { id: 'bad_request', message: 'title must be a string', status: 400 } })
  })

  it('refuses a success body it does not understand', async () => {
    const result = await createBoard('x', { fetch: fakeFetch(201, { id: 'nope' }) })
    expect(result).toMatchObject({ ok: false, error: { id: 'invalid_response' } })
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
  const info = { id: ID, title: 'March', createdAt: '2026-03-01T10:00:00.000Z', counts: { records: 5, shapes: 2, notes: 1 } }

  it('returns the validated summary', async () => {
    expect(await getBoard(ID, { fetch: fakeFetch(200, info) })).toEqual({ ok: true, value: info })
  })

  it('maps 404 to not_found, with or without a JSON body', async () => {
    const withBody = await getBoard(ID, { fetch: fakeFetch(404, { error: { id: 'not_found', message: 'No board with that id.' } }) })
    expect(withBody).toMatchObject({ ok: false, error: { id: 'not_found', message: 'No board with that id.' } })
    const withoutBody = await getBoard(ID, { fetch: fakeFetch(404, 'Not Found') })
    expect(withoutBody).toMatchObject({ ok: false, error: { id: 'not_found', status: 404 } })
  })

  it('refuses negative counts or a bad date', async () => {
    const bad = { ...info, createdAt: 'yesterday', counts: { records: -1, shapes: 0, notes: 0 } }
    expect(await getBoard(ID, { fetch: fakeFetch(200, bad) })).toMatchObject({ ok: false, error: { id: 'invalid_response' } })
  })
})
