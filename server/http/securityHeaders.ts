/**
 * The security headers of the board's pages: a Content-Security-Policy that lets the page
 * reach its own server and nothing else, and no Referer sent anywhere. Headers every response
 * carries (nosniff) are set by the router.
 */

/** What the policy depends on. */
export interface PageSecurityOptions {
  /** The origin the page is served from, `http(s)://host[:port]` (PUBLIC_URL or the vetted Host). */
  pageOrigin: string
  /** The `frame-ancestors` sources (FRAME_ANCESTORS), already validated by config.ts. */
  frameAncestors: string
}

/** A CSP host-source has letters, digits, dots and dashes only: IPv6 literals cannot be named. */
const CSP_HOST = /^[a-z0-9.-]+(:\d+)?$/i

/**
 * The sync endpoint's origin as a CSP source: `ws://host` for an http page, `wss://host` for
 * https. CSP Level 3 lets 'self' match it already, but older engines (Safari before 15.4) do
 * not; null when the host cannot be written as a CSP source (an IPv6 literal), where 'self'
 * alone has to do.
 */
export function syncSource(pageOrigin: string): string | null {
  let url: URL
  try {
    url = new URL(pageOrigin)
  } catch {
    return null
  }
  if (!CSP_HOST.test(url.host)) return null
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`
}

/** The Content-Security-Policy of the app's HTML pages. */
export function contentSecurityPolicy(options: PageSecurityOptions): string {
  const sync = syncSource(options.pageOrigin)
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': "'self'",
    // tldraw and TipTap add <style> elements while running (seen in Chromium: TipTap's editor
    // styles on every board, tldraw's in picture exports), with content that varies, so no
    // hash can name them. A style cannot reach another host: img-src and font-src still allow
    // only this server and data:/blob: URLs.
    'style-src': "'self' 'unsafe-inline'",
    // Pasted pictures and picture exports are data: and blob: URLs.
    'img-src': "'self' data: blob:",
    // tldraw's fonts are bundled (same origin); a picture export embeds them as data: URLs and
    // loads them again to draw the picture.
    'font-src': "'self' data:",
    // blob: because a picture export fetches the board's uploaded images again from the blob:
    // URLs the client shows them through (they were fetched with the link's token).
    'connect-src': sync ? `'self' blob: ${sync}` : "'self' blob:",
    'frame-src': "'none'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': options.frameAncestors,
  }
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/** Every header of an HTML page of the app. */
export function pageSecurityHeaders(options: PageSecurityOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  }
}
