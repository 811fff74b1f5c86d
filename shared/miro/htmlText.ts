/**
 * Miro's item content (a small subset of HTML: <p>, <br>, <strong>, <em>, <u>, <s>, <a>,
 * lists…) as tldraw rich text. Nothing is rendered: a tolerant single-pass tokenizer walks the
 * string once, keeps the text with paragraphs, line breaks, bold, italic, strike-through,
 * underline and links (web and e-mail only), decodes entities once, strips control characters
 * and bidirectional overrides, and drops every tag it does not know together with the whole
 * content of <script>, <style> and similar elements. It never recurses, so deeply nested or
 * unbalanced markup costs linear time and no stack, and its output is plain data that no
 * browser ever parses as HTML. Every text the importer takes (content, titles, captions) is
 * read here, so this is the one place imported text is cleaned.
 */
import { stripUnseen } from '../text/clean'
import { safeLinkHref } from '../text/linkHref'
import { decodeEntities } from './htmlEntities'
import { RichTextBuilder, type MiroRichText, type RichTextParagraph, type TextStyle } from './richTextBuilder'

export type { MiroRichText, RichTextLinkMark, RichTextMark, RichTextParagraph, RichTextRun } from './richTextBuilder'

/** Rich text with one empty paragraph: a shape without text; a new object each call, as records own theirs. */
export function emptyRichText(): MiroRichText {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

/** What {@link htmlToRichText} made of the content. */
export interface HtmlTextResult {
  richText: MiroRichText
  /** The text without marks, lines joined with "\n" (for previews, tests, titles). */
  plainText: string
  /** True when the text was cut at `maxChars`. */
  truncated: boolean
}

/** Elements whose content is never text a person wrote on the board. */
const SKIPPED_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
])

/** Elements that end the current paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
])

/** The marks each inline element turns on. */
const MARK_TAGS: Readonly<Record<string, 'bold' | 'italic' | 'strike' | 'underline'>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  u: 'underline',
  ins: 'underline',
}

/** A tag as the tokenizer saw it. */
interface Tag {
  name: string
  closing: boolean
  /** The tag's attributes as written (between its name and its '>'). */
  attributes: string
  /** Index just after the tag's '>' (or the end of the input). */
  end: number
}

/**
 * Reads the tag starting at `start` (a '<'), or null when it is not a tag (a lone '<' in text).
 * Quoted attribute values may contain '>'.
 */
function readTag(html: string, start: number): Tag | null {
  let i = start + 1
  const closing = html[i] === '/'
  if (closing) i++
  const nameStart = i
  while (i < html.length && /[A-Za-z0-9-]/.test(html[i] ?? '')) i++
  if (i === nameStart || !/[A-Za-z]/.test(html[nameStart] ?? '')) return null
  const name = html.slice(nameStart, i).toLowerCase()
  const attributesStart = i
  let quote: string | null = null
  for (; i < html.length; i++) {
    const c = html[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return { name, closing, attributes: html.slice(attributesStart, i), end: i + 1 }
    }
  }
  return { name, closing, attributes: html.slice(attributesStart), end: html.length }
}

/** The link target of an <a> tag's attributes when it is one Plenary keeps, else null. */
function linkHref(attributes: string): string | null {
  const match = /(?:^|[\s"'/])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes)
  const raw = match?.[1] ?? match?.[2] ?? match?.[3]
  // HTML ignores white space around a URL; inside one it is the link's own business.
  return raw === undefined ? null : safeLinkHref(decodeEntities(raw).trim())
}

/** Index just after the element `name`'s closing tag from `from`, or the end of the input. */
function skipElement(html: string, name: string, from: number): number {
  // A case-insensitive search, not toLowerCase(): lower-casing may change the string's length.
  const closing = new RegExp(`</${name}(?![A-Za-z0-9-])`, 'gi')
  closing.lastIndex = from
  const match = closing.exec(html)
  if (!match) return html.length
  return readTag(html, match.index)?.end ?? html.length
}

function plainTextOf(paragraphs: readonly RichTextParagraph[]): string {
  return paragraphs
    .map((paragraph) => (paragraph.content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join(''))
    .join('\n')
    .trim()
}

/** Open-element counters, not a stack: unbalanced or hostile nesting cannot grow memory or recurse. */
type MarkCounts = Record<'bold' | 'italic' | 'strike' | 'underline', number>

function styleOf(counts: MarkCounts, href: string | null): TextStyle {
  return { bold: counts.bold > 0, italic: counts.italic > 0, strike: counts.strike > 0, underline: counts.underline > 0, href }
}

/**
 * The text of Miro's HTML `content` as tldraw rich text, at most `maxChars` characters of
 * text (the rest is cut and `truncated` set). Plain text without tags works too.
 */
export function htmlToRichText(html: string, maxChars = 5000): HtmlTextResult {
  const out = new RichTextBuilder(maxChars)
  const counts: MarkCounts = { bold: 0, italic: 0, strike: 0, underline: 0 }
  // Links do not nest in HTML: an <a> inside another starts a new link.
  let href: string | null = null
  let i = 0
  while (i < html.length && !out.truncated) {
    const lt = html.indexOf('<', i)
    const textEnd = lt < 0 ? html.length : lt
    if (textEnd > i) out.text(stripUnseen(decodeEntities(html.slice(i, textEnd))), styleOf(counts, href))
    if (lt < 0) break
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      i = close < 0 ? html.length : close + 3
      continue
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt)
      i = close < 0 ? html.length : close + 1
      continue
    }
    const tag = readTag(html, lt)
    if (!tag) {
      out.text('<', styleOf(counts, href))
      i = lt + 1
      continue
    }
    i = tag.end
    if (!tag.closing && SKIPPED_CONTENT.has(tag.name)) {
      i = skipElement(html, tag.name, i)
      continue
    }
    const mark = Object.hasOwn(MARK_TAGS, tag.name) ? MARK_TAGS[tag.name] : undefined
    if (tag.name === 'br') out.hardBreak()
    else if (mark) counts[mark] = Math.max(0, counts[mark] + (tag.closing ? -1 : 1))
    else if (tag.name === 'a') href = tag.closing ? null : linkHref(tag.attributes)
    else if (BLOCKS.has(tag.name)) out.endParagraph(tag.closing && tag.name === 'p')
  }
  out.endParagraph()
  // A trailing empty paragraph from "<p></p>" at the end says nothing.
  while (out.paragraphs.length > 0 && !out.paragraphs[out.paragraphs.length - 1]?.content) out.paragraphs.pop()
  const paragraphs = out.paragraphs.length > 0 ? out.paragraphs : [{ type: 'paragraph' as const }]
  return { richText: { type: 'doc', content: paragraphs }, plainText: plainTextOf(paragraphs), truncated: out.truncated }
}
