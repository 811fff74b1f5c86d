/**
 * Markdown building blocks for the minutes, written to read well both rendered (a pad,
 * Mattermost, Slack) and as raw text. Everything people wrote goes through
 * {@link escapeMarkdown}, so a note cannot turn into a heading, a link, a table or a
 * notification for a whole chat channel.
 */

/** Characters that start or end Markdown constructs anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~]/g

/** Constructs that only count at the start of a line: headings, quotes, lists, rules. */
const LINE_START_SPECIALS = /^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|={3,}|-{3,})/

/** An ordered-list marker: a backslash before a digit escapes nothing, so its "." or ")" is escaped. */
const ORDERED_MARKER = /^(\s*\d+)([.)])(?=\s|$)/

/** Word joiner: invisible, but it keeps chats from reading "@channel" as a mention. */
const WORD_JOINER = '\u2060'

/** One line of people's text made inert. */
function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIALS, (char) => `\\${char}`).replace(/@(?=[\p{L}\p{N}_])/gu, `@${WORD_JOINER}`)
  return escaped
    .replace(LINE_START_SPECIALS, (_match, space: string, marker: string) => `${space}\\${marker}`)
    .replace(ORDERED_MARKER, (_match, number: string, mark: string) => `${number}\\${mark}`)
}

/** People's text made inert for Markdown, line by line (line breaks are kept). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLine(line.replace(/\s+$/u, '')))
    .join('\n')
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
