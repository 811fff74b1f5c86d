/**
 * `Content-Disposition: attachment` headers for downloads named after a board. Titles are free
 * text in any language, so the header carries an ASCII `filename` for old clients and the real
 * name as RFC 5987 `filename*`, which every current browser prefers.
 */

/** Characters no file name may hold on common systems, and control characters. */
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f\u007f/\\:*?"<>|]+/g

/** Longest stem kept from a title, in characters. */
const MAX_STEM = 80

/** A file name `<title>-<suffix>` with characters file systems refuse replaced by "-". */
export function downloadName(title: string, suffix: string): string {
  const stem = title.replace(UNSAFE_IN_FILE_NAMES, '-').replace(/\s+/g, ' ').trim().slice(0, MAX_STEM).trim()
  return stem === '' ? suffix : `${stem}-${suffix}`
}

/** `name` in ASCII: accents dropped, anything else outside [A-Za-z0-9._-] made "-". */
function asciiName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
  return ascii === '' || ascii.startsWith('.') ? `download${ascii}` : ascii
}

/** RFC 5987 encoding: percent-encoded UTF-8, with the characters RFC 5987 allows bare left as they are. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** The header value that makes a browser save the response as `fileName`. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiName(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`
}
