/**
 * Shortening a long value to a limit, as the roster import offers for a description over its
 * hard limit: cut at a word boundary, with an ellipsis, never inside a character.
 */

/** The mark that ends a shortened value. */
export const ELLIPSIS = '…'

/** How far back from the limit a word boundary is looked for before cutting mid-word. */
const WORD_WINDOW = 80

/**
 * `text` within `max` UTF-16 units (as `String.length` and every Plenary limit count them):
 * unchanged when it fits, else cut at the last space or line break before the limit and
 * ended with "…". A text without a space near the limit (a long URL, Japanese without spaces)
 * is cut at the limit, but never between the two halves of a surrogate pair.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text
  if (max < ELLIPSIS.length) return ''
  let end = max - ELLIPSIS.length
  // Do not leave the first half of a pair (an emoji, a rare CJK character) without its second.
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  const head = text.slice(0, end)
  const space = head.search(/\s\S*$/u)
  const cut = space >= 0 && end - space <= WORD_WINDOW ? head.slice(0, space) : head
  return `${cut.trimEnd()}${ELLIPSIS}`
}
