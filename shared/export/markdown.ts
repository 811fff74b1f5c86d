/**
 * Markdown building blocks for the minutes, written to read well both rendered (a pad,
 * Mattermost, Slack) and as raw text. Everything people wrote goes through
 * {@link escapeMarkdown}, so a note cannot turn into a heading, a link, a table or a
 * notification for a whole chat channel.
 */
import { stripUnseen } from '../text/clean'

/** Characters that start or end Markdown constructs anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~]/g

/** Constructs that only count at the start of a line: headings, quotes, lists, rules. */
const LINE_START_SPECIALS = /^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|={3,}|-{3,})/

/** An ordered-list marker: a backslash before a digit escapes nothing, so its "." or ")" is escaped. */
const ORDERED_MARKER = /^(\s*\d+)([.)])(?=\s|$)/

/** An "&" that a renderer would read as the start of a character reference ("&lt;", "&#39;"). */
const ENTITY_AMPERSAND = /&(?=#?[A-Za-z0-9]+;)/g

/** Word joiner: invisible, but it keeps chats from reading "@channel" as a mention. */
const WORD_JOINER = '\u2060'

/**
 * People's text made inert inside a line: every inline construct and mention escaped. Hidden
 * characters go first: stripped later, one inside "@\u0000channel" would undo the escape.
 */
export function escapeInline(text: string): string {
  return stripUnseen(text)
    .replace(INLINE_SPECIALS, (char) => `\\${char}`)
    .replace(ENTITY_AMPERSAND, '\\&')
    .replace(/@(?=[\p{L}\p{N}_])/gu, `@${WORD_JOINER}`)
}

/** A line whose inline text is already escaped, made inert where only a line's start counts. */
export function escapeLineStart(line: string): string {
  return line
    .replace(LINE_START_SPECIALS, (_match, space: string, marker: string) => `${space}\\${marker}`)
    .replace(ORDERED_MARKER, (_match, number: string, mark: string) => `${number}\\${mark}`)
}

/** People's text made inert for Markdown, line by line (line breaks are kept). */
export function escapeMarkdown(text: string): string {
  // stripUnseen also writes every line break as "\n"; before the split, so "\u0000# x" is seen as a heading.
  return (
    stripUnseen(text)
      .split('\n')
      // trimEnd, not /\s+$/: that pattern backtracks quadratically over long runs of spaces.
      .map((line) => escapeLineStart(escapeInline(line.trimEnd())))
      .join('\n')
  )
}

/**
 * Characters a link target may not hold as written: white space and controls end it, "(" and
 * ")" unbalance it, "<", ">" and "`" start other constructs, "\\" escapes. Percent-encoded,
 * they reach the same page.
 */
const UNSAFE_IN_TARGET = /[\s\p{Cc}()<>`\\]/gu

/**
 * `href` as the target of a Markdown link, `[text](target)`: unsafe characters
 * percent-encoded, and "&" written "&amp;" where a renderer would read an entity ("&copy;"),
 * so `https://example.org/a?x=1&y=2#z` stays as it is and no character can end the link early.
 */
export function markdownLinkTarget(href: string): string {
  return (
    href
      // encodeURIComponent leaves "(" and ")" as they are.
      .replace(UNSAFE_IN_TARGET, (char) => (char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char)))
      .replace(ENTITY_AMPERSAND, '&amp;')
  )
}

/** A heading line: `level` 1–6 and already-escaped text. */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`
}

/**
 * A bullet item whose text may span lines: later lines are indented under the bullet, so the
 * item stays one item, and blank lines inside become an indented empty line.
 */
export function bullet(text: string, depth = 0): string {
  const indent = '  '.repeat(depth)
  const [first = '', ...rest] = text.split('\n')
  return [`${indent}- ${first}`, ...rest.map((line) => (line === '' ? '' : `${indent}  ${line}`))].join('\n')
}

/** Blocks separated by one blank line, empty ones dropped, ending with a newline. */
export function joinBlocks(blocks: readonly (string | null)[]): string {
  return `${blocks.filter((block): block is string => block !== null && block.trim() !== '').join('\n\n')}\n`
}
