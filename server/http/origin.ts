/** The public origin the server is reached at, for absolute links in API responses. */
import type { IncomingMessage } from 'node:http'

/**
 * The configured PUBLIC_URL, else the origin the request came to. Behind a TLS proxy the
 * request arrives as http, so deployers set PUBLIC_URL (or the proxy sets X-Forwarded-Proto).
 */
export function publicOrigin(req: IncomingMessage, publicUrl: string | null): string {
  if (publicUrl) return publicUrl
  const forwardedProto = req.headers['x-forwarded-proto']
  const proto = typeof forwardedProto === 'string' && forwardedProto.split(',')[0]?.trim() === 'https' ? 'https' : 'http'
  const host = req.headers.host ?? 'localhost'
  return `${proto}://${host}`
}

/**
 * True when a request's Origin may use this server: absent (not a browser, e.g. a bot), equal
 * to PUBLIC_URL when that is set, else naming the same host the request was sent to. Blocks
 * other sites' pages from opening a socket with a token they got hold of.
 */
export function isOriginAllowed(req: IncomingMessage, publicUrl: string | null): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  if (publicUrl) return origin === publicUrl
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false
  }
}
