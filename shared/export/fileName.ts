/**
 * One naming rule for every download, in the browser and over the REST API alike:
 * `<board>-<what>[-<subject>]-<date>.<extension>`, e.g. `asamblea-de-noviembre-minutes-2026-12-07.md`,
 * `asamblea-de-noviembre-corner-cooperativa-sur-2026-12-07.png`.
 *
 * - The board's title (and a subject such as a corner's name) as a readable slug that keeps the
 *   letters of every script (`spółdzielnia-kodu`, `συνέλευση`, `協同組合`): a name people
 *   recognise in their downloads folder. The ASCII stand-in for old HTTP clients is the
 *   server's business (server/http/contentDisposition.ts).
 * - What the file is, as one fixed English word ({@link FileKind}), not translated: the same
 *   file gets the same name whoever downloads it and however (a Spanish UI and a script calling
 *   the API), and a board's files sort together in one folder.
 * - The day the content is of, in the reader's time zone: today for the live board, the day it
 *   was taken for a snapshot.
 */

/** What a downloaded file is: the word in its name. */
export const FileKind = {
  minutes: 'minutes',
  board: 'board',
  snapshot: 'snapshot',
  coops: 'coops',
  selection: 'selection',
  areas: 'areas',
  corner: 'corner',
  group: 'group',
  frame: 'frame',
  /** A community's decision register. */
  decisions: 'decisions',
} as const

/** One of {@link FileKind}. */
export type FileKind = (typeof FileKind)[keyof typeof FileKind]

/** The slug of a board without a usable title. */
const UNTITLED = 'plenary'

/** Longest slug of a title or a subject, in code points: long enough to tell boards apart. */
const MAX_SLUG = 60

/**
 * Longest name in UTF-8 bytes: most file systems allow 255, and a name in CJK or Greek takes two
 * or three bytes a letter.
 */
const MAX_NAME_BYTES = 200

/**
 * `text` as a slug: lower case, runs of letters (marks included, so Devanagari and Thai keep
 * their vowels) and digits joined by single dashes, at most `maxLength` code points, cut at a
 * dash when one is near; "" when nothing is left.
 */
export function fileSlug(text: string, maxLength = MAX_SLUG): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  const points = [...slug]
  if (points.length <= maxLength) return slug
  const cut = points.slice(0, maxLength).join('')
  if (points[maxLength] === '-') return cut.replace(/-+$/, '')
  const dash = cut.lastIndexOf('-')
  return (dash > cut.length / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '')
}

/** "2026-12-07": the day of `at` in `timeZone` (an IANA name), or in UTC when it is missing or unknown. */
export function fileDate(at: number | Date, timeZone?: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(at)
  try {
    return format(timeZone ?? 'UTC')
  } catch {
    return format('UTC')
  }
}

/** The reader's day in their own browser, for names made in the browser ({@link fileDate} in local time). */
export function localFileDate(at: number | Date = Date.now()): string {
  const date = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** What goes into a download's name. */
export interface DownloadName {
  /** The board's title, free text. */
  title: string
  kind: FileKind
  /** What the file shows, when it is one part of the board (a corner's name, a snapshot's name). */
  subject?: string
  /** The day, as {@link fileDate} or {@link localFileDate} give it. */
  date: string
  /** Without the dot: "md", "tldr", "json", "csv", "png", "svg", "pdf". */
  extension: string
}

function withinBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder()
  let points = [...text]
  while (points.length > 0 && encoder.encode(points.join('')).length > maxBytes) points = points.slice(0, -1)
  return points.join('').replace(/-+$/, '')
}

/** The file name of a download, by the one rule (see the module's comment). */
export function downloadFileName({ title, kind, subject, date, extension }: DownloadName): string {
  const tail = `-${date}.${extension}`
  const subjectSlug = subject === undefined ? '' : fileSlug(subject)
  const middle = subjectSlug === '' ? kind : `${kind}-${subjectSlug}`
  const budget = MAX_NAME_BYTES - new TextEncoder().encode(`-${middle}${tail}`).length
  const board = withinBytes(fileSlug(title), Math.max(budget, 24)) || UNTITLED
  const name = `${board}-${middle}`
  return `${withinBytes(name, MAX_NAME_BYTES - tail.length)}${tail}`
}
