/**
 * Content negotiation of `Accept-Encoding` (RFC 9110 §12.5.3): which of the encodings a
 * response is available in the browser takes. The server prefers brotli, then gzip, then the
 * plain bytes, among those the browser rates highest.
 */

/** An encoding a response can be sent in; `identity` is the bytes as they are. */
export type ContentEncoding = 'br' | 'gzip' | 'identity'

/** Server preference, best first. */
const PREFERENCE: readonly ContentEncoding[] = ['br', 'gzip', 'identity']

/**
 * The encoding to send, among `available` (identity is always available). Codings the header
 * rates `q=0` are refused; without the header, identity is sent. When the header refuses even
 * identity, identity is sent anyway: the page still works, which a 406 would not.
 */
export function negotiateEncoding(header: string | undefined, available: readonly ContentEncoding[]): ContentEncoding {
  const ratings = parseAcceptEncoding(header)
  let best: ContentEncoding = 'identity'
  let bestQuality = 0
  for (const encoding of PREFERENCE) {
    if (encoding !== 'identity' && !available.includes(encoding)) continue
    const quality = qualityOf(encoding, ratings)
    if (quality > bestQuality) {
      best = encoding
      bestQuality = quality
    }
  }
  return best
}

/** Coding name (lowercase, `*` included) → quality in [0, 1]; null when no header was sent. */
function parseAcceptEncoding(header: string | undefined): Map<string, number> | null {
  if (header === undefined) return null
  const ratings = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim())
    if (!name) continue
    let quality = 1
    const weight = params.find((param) => /^q\s*=/i.test(param))
    if (weight !== undefined) {
      const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/i.exec(weight)
      // A malformed weight counts as a refusal rather than a guess.
      quality = match?.[1] !== undefined ? Math.min(1, Number(match[1])) : 0
    }
    ratings.set(name.toLowerCase(), quality)
  }
  return ratings
}

function qualityOf(encoding: ContentEncoding, ratings: Map<string, number> | null): number {
  // No header: the RFC would accept any coding, but the clients that send none (curl, scripts,
  // old proxies) are the ones that cannot decode it.
  if (ratings === null) return encoding === 'identity' ? 1 : 0
  const own = ratings.get(encoding) ?? (encoding === 'gzip' ? ratings.get('x-gzip') : undefined)
  if (own !== undefined) return own
  const wildcard = ratings.get('*')
  if (wildcard !== undefined) return wildcard
  // Identity is acceptable unless refused by name or by "*;q=0", but only as the last resort.
  return encoding === 'identity' ? IMPLICIT_IDENTITY : 0
}

/** Below the smallest weight a header can give (0.001), so any coding it accepts ranks first. */
const IMPLICIT_IDENTITY = 0.0005
