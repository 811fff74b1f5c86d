/** Test helpers for the REST client: a `fetch` that answers every call with one JSON response. */

/** A `fetch` answering `status` with `body` (JSON unless a string), recording each request in `calls`. */
export function fakeFetch(status: number, body: unknown, calls: Request[] = []): typeof fetch {
  return async (input, init) => {
    calls.push(new Request(new URL(String(input), 'http://localhost'), init))
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })
  }
}
