/**
 * The head of a cacheable GET/HEAD answer: 304 when the browser's copy is current
 * (`If-None-Match`), the content coding chosen by negotiation with its `Vary`, and no body for
 * HEAD. The caller sends the body only when told to.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { ContentEncoding } from './contentEncoding'

/** One representation of a resource: its bytes in one encoding. */
export interface Representation {
  /** The coding of the bytes sent. */
  encoding: ContentEncoding
  /** Whether the resource also exists in other codings, so caches must key on Accept-Encoding. */
  negotiated: boolean
  /** A quoted entity tag, distinct per encoding. */
  etag: string
  /** Bytes of the body. */
  length: number
  /** Content-Type, Cache-Control and anything else the resource carries. */
  headers: OutgoingHttpHeaders
}

/**
 * Writes the head for `representation` and returns true when the caller must now send the
 * body (a GET answered 200); a HEAD or a 304 is complete when this returns false.
 */
export function writeRepresentationHead(req: IncomingMessage, res: ServerResponse, representation: Representation): boolean {
  const headers: OutgoingHttpHeaders = { ...representation.headers, etag: representation.etag }
  if (representation.negotiated) headers.vary = 'Accept-Encoding'
  if (matchesEtag(req.headers['if-none-match'], representation.etag)) {
    res.writeHead(304, headers)
    res.end()
    return false
  }
  if (representation.encoding !== 'identity') headers['content-encoding'] = representation.encoding
  headers['content-length'] = representation.length
  res.writeHead(200, headers)
  if (req.method === 'HEAD') {
    res.end()
    return false
  }
  return true
}

/** Whether an `If-None-Match` header names `etag` (the weak comparison of RFC 9110 §8.8.3.2). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const opaque = withoutWeakPrefix(etag)
  return header.split(',').some((tag) => {
    const value = tag.trim()
    return value === '*' || withoutWeakPrefix(value) === opaque
  })
}

function withoutWeakPrefix(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag
}
