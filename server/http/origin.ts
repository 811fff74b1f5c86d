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
