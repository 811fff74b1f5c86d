/** Test helpers for the REST client: a `fetch` that answers every call with one JSON response. */

/** The address `fetch` was called with, however it was given (a string, a URL or a Request). */
export function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input
  return input instanceof URL ? input.href : input.url
}

/** The request a fake `fetch` received, with a relative address read against localhost. */
export function requestOf(input: RequestInfo | URL, init?: RequestInit): Request {
  return new Request(new URL(urlOf(input), 'http://localhost'), init)
}

/** A `fetch` answering `status` with `body` (JSON unless a string), recording each request in `calls`. */
export function fakeFetch(status: number, body: unknown, calls: Request[] = []): typeof fetch {
  return async (input, init) => {
    calls.push(requestOf(input, init))
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })
  }
}
