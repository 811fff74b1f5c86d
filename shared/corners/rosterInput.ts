/**
 * Checks on a roster text as a whole, before it is parsed: its size, and whether it is text at
 * all. A file picked by mistake (a spreadsheet, a PDF, a photo) decoded as text is full of NUL
 * bytes, control characters or U+FFFD, and parsing it would report a thousand nonsense rows.
 */

import type { RosterProblem } from './rosterProblems'

/** Largest roster text read, in bytes of UTF-8: a 1,000-coop roster with descriptions is ~300 KB. */
export const ROSTER_MAX_BYTES = 1024 * 1024

/** The message for a file that is not text; the join and import dialogs show it as it is. */
export const BINARY_MESSAGE = 'This looks like a binary file, not a list or CSV. Save a spreadsheet as CSV first, or paste the names.'

/** How much of the text the binary check looks at: enough to see a file's header and more. */
const SAMPLE_CHARS = 64 * 1024
/** Share of unreadable characters above which a text is taken for a binary file. */
const BINARY_SHARE = 0.1

/** UTF-8 size of `text`, without encoding it when its length already decides. */
export function utf8Bytes(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    // A surrogate pair is one 4-byte character: 2 + 2 over its two halves.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2
    else bytes += 3
  }
  return bytes
}

/** True for characters no roster text holds: controls (but tab and line breaks), and U+FFFD from undecodable bytes. */
function isUnreadable(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd
}

/** True when `text` looks like the decoding of a binary file rather than a list or CSV. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, SAMPLE_CHARS)
  let unreadable = 0
  for (let i = 0; i < sample.length; i++) if (isUnreadable(sample.charCodeAt(i))) unreadable++
  return sample.length > 0 && unreadable / sample.length > BINARY_SHARE
}

/** Why `text` cannot be read as a roster at all, as a coded problem, or null. */
export function rosterInputIssue(text: string): RosterProblem | null {
  // Each UTF-16 unit is at least one byte: a longer text is too large without counting.
  const bytes = text.length > ROSTER_MAX_BYTES ? text.length : utf8Bytes(text)
  if (bytes > ROSTER_MAX_BYTES) {
    const mib = (bytes / (1024 * 1024)).toFixed(1)
    return {
      code: 'tooLarge',
      params: { size: mib },
      message: `The text is ${mib} MiB; a roster can be at most 1 MiB. Keep only the columns name, country, website, description and delegates.`,
    }
  }
  if (looksBinary(text)) return { code: 'binary', params: {}, message: BINARY_MESSAGE }
  return null
}

/** Why `text` cannot be read as a roster at all, or null. */
export function rosterInputProblem(text: string): string | null {
  return rosterInputIssue(text)?.message ?? null
}
