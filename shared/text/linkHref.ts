/**
 * Which link targets Plenary keeps as links: web pages and e-mail addresses. Anything else
 * (`javascript:`, `data:`, `file:`, relative paths) stays text, wherever a link comes from
 * (a Miro import) or goes to (the minutes): a click on a board note or in a chat must never
 * run code or open something the reader cannot see.
 */
import { hasUnseen } from './clean'

/** Schemes a link may use; a URL parser's `protocol` spelling. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** Longest link kept; real addresses are far shorter, and a longer one is more likely a payload. */
export const MAX_HREF_CHARS = 4096

/**
 * `href` when it is a link Plenary keeps (http, https or mailto, parseable, no control
 * characters), exactly as written, so `?x=1&y=2#z` is kept byte for byte; null otherwise.
 */
export function safeLinkHref(href: string): string | null {
  if (href === '' || href.length > MAX_HREF_CHARS || hasUnseen(href) || /\s/.test(href.charAt(0))) return null
  // The scheme as written: a URL parser would remove tabs inside "java\tscript:" and accept it.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  if (!scheme || !LINK_PROTOCOLS.has(`${scheme}:`)) return null
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol) ? href : null
  } catch {
    return null
  }
}
