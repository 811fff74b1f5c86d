/**
 * `Content-Disposition: attachment` headers for downloads, named by the one rule every download
 * follows (shared/export/fileName.ts). Names keep the letters of every script, so the header
 * carries an ASCII `filename` for old clients and the real name as RFC 5987 `filename*`, which
 * every current browser prefers.
 */
import type { IncomingMessage } from 'node:http'
import { downloadFileName, fileDate, type DownloadName } from '../../shared/export/fileName'
import { foldForMatch } from '../../shared/text/fold'

/** Longest time-zone name accepted (the longest IANA names are about 30 characters). */
const MAX_TIME_ZONE_LENGTH = 64

/**
 * The reader's IANA time zone from `?tz=`, or undefined: downloads are dated, and the minutes
 * timed, in it. An unknown zone is left to the formatters, which fall back to UTC rather than
 * fail a download people need after the meeting.
 */
export function requestTimeZone(req: IncomingMessage): string | undefined {
  const zone = new URL(req.url ?? '/', 'http://internal').searchParams.get('tz')
  return zone && zone.length <= MAX_TIME_ZONE_LENGTH ? zone : undefined
}

/** `name` in ASCII: letters folded as names are matched (é → e, ł → l), anything else outside [A-Za-z0-9._-] made "-". */
function asciiName(name: string): string {
  const ascii = foldForMatch(name)
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

/**
 * The header for a download named by the rule, dated on the day of `at` (now, or a snapshot's
 * time) in the reader's zone (`?tz=`, else UTC).
 */
export function downloadDisposition(req: IncomingMessage, name: Omit<DownloadName, 'date'>, at: number = Date.now()): string {
  return attachmentDisposition(downloadFileName({ ...name, date: fileDate(at, requestTimeZone(req)) }))
}
