/**
 * Coop websites: what an import or a form may give ("coop.org", "https://coop.org/about") and
 * what the roster stores. Only http(s) addresses are stored, because clients render them as
 * links: a `javascript:` or `data:` address in a roster written by any participant would run in
 * every browser that clicks it.
 */

/** Schemes other than http(s) that people paste; refused instead of read as a host name. */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i

/**
 * The website as the roster stores it: `''` for a blank value, the address with `https://`
 * added when it has no scheme (a bare domain), or null when it is not an http(s) address of a
 * host with a dot in its name. The text is otherwise kept as given, so lists show what people
 * typed; it is never rewritten into a different address.
 */
export function normalizeWebsite(raw: string): string | null {
  const trimmed = raw.trim()
  if (trimmed === '') return ''
  if (/\s/.test(trimmed)) return null
  let candidate = trimmed
  if (/^\/\//.test(candidate)) candidate = `https:${candidate}`
  else if (!/^https?:\/\//i.test(candidate)) {
    // "coop.org:8080/x" has a port, not a scheme; "mailto:a@b.org" and "javascript:…" do not.
    if (OTHER_SCHEME.test(candidate) || candidate.includes('://')) return null
    candidate = `https://${candidate}`
  }
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // Credentials in a link ("https://good.org@evil.org") only serve to disguise where it goes.
  if (url.username !== '' || url.password !== '') return null
  const labels = url.hostname.split('.')
  if (labels.length < 2 || labels.some((label) => label === '')) return null
  return candidate
}

/** True for a website the roster may hold: blank, or an address {@link normalizeWebsite} keeps as it is. */
export function isStoredWebsite(value: string): boolean {
  return value === '' || normalizeWebsite(value) === value
}
