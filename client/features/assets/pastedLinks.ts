/**
 * What a pasted or dropped URL becomes on the board: a plain link in a text shape, opened in a
 * new tab by whoever clicks it. Nothing is fetched to preview it; a URL that looks like an image
 * is not fetched either (the person is asked to drop the file instead).
 */
import { isDataImageUrl } from '../../../shared/assets'
import { escapeHtml } from '../../../shared/text/html'

/** File endings of images on the web; the type cannot be known without fetching, so the name decides. */
const IMAGE_ENDINGS = /\.(png|jpe?g|jfif|pjpeg|pjp|gif|webp|avif|apng|svg|bmp|ico|cur|tiff?|heic|heif)$/i

/** A `http:`/`https:` URL, parsed, or null for anything else (`javascript:`, `data:`, text). */
export function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/**
 * True when `url` names an image file by its path (`…/photo.JPG`, `…/a.png?w=300`), or is a
 * `data:image/…` URL. Such a paste would make every browser fetch a picture from elsewhere.
 */
export function looksLikeImageUrl(url: string): boolean {
  if (isDataImageUrl(url.trim())) return true
  const parsed = parseHttpUrl(url)
  if (!parsed) return false
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    path = parsed.pathname
  }
  return IMAGE_ENDINGS.test(path)
}

/**
 * The HTML of one link to `url`, its text the URL itself, for tldraw's text paste (which turns
 * it into rich text with a link mark). Null unless `url` is `http:` or `https:`.
 */
export function linkHtml(url: string): string | null {
  const parsed = parseHttpUrl(url)
  if (!parsed) return null
  const href = escapeHtml(parsed.href)
  return `<p><a href="${href}" target="_blank" rel="noopener noreferrer nofollow">${escapeHtml(url.trim())}</a></p>`
}

/** What a pasted URL turns into. */
export type PastedUrl = { kind: 'link'; url: string; html: string } | { kind: 'image-url' } | { kind: 'invalid' }

/** Decides what a pasted or dropped URL becomes; see the module comment. */
export function classifyPastedUrl(url: string): PastedUrl {
  if (looksLikeImageUrl(url)) return { kind: 'image-url' }
  const html = linkHtml(url)
  return html === null ? { kind: 'invalid' } : { kind: 'link', url: url.trim(), html }
}
