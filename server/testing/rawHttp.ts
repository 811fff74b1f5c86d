/**
 * A plain HTTP request for tests that must see the bytes on the wire: `fetch` sends its own
 * Accept-Encoding and decompresses the answer, which hides what the server chose.
 */
import { request, type IncomingHttpHeaders } from 'node:http'

/** An answer as it came over the wire. */
export interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** Options of {@link rawRequest}. */
export interface RawRequestOptions {
  method?: string
  headers?: Record<string, string>
  /**
   * The request target sent as is (`/../x`, `//[x?a=b`), instead of `url`'s path, which the URL
   * parser normalizes; `url` then names only the server.
   */
  target?: string
}

/** Sends one request with exactly the given headers and reads the whole answer. */
export function rawRequest(url: string, options: RawRequestOptions = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sent = { method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.target ? { path: options.target } : {}) }
    const outgoing = request(url, sent, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.once('error', reject)
      response.once('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    })
    outgoing.once('error', reject)
    outgoing.end()
  })
}
