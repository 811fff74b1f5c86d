/**
 * A request's target (`req.url`) as a URL. Node accepts targets that the URL parser refuses
 * (`//[x?token=…`); the parser's error would carry the whole target, query string and any
 * token in it, to whoever logs it, so this never throws.
 */

/** The target of a request, resolved against a placeholder origin; null when it is not a valid URL. */
export function parseRequestTarget(url: string | undefined): URL | null {
  try {
    return new URL(url ?? '/', 'http://internal')
  } catch {
    return null
  }
}
