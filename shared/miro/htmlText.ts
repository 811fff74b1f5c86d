/**
 * Miro's item content (a small subset of HTML: <p>, <br>, <strong>, <em>, <a>, lists…) as
 * tldraw rich text. Nothing is rendered: a tolerant single-pass tokenizer walks the string
 * once, keeps the text with paragraphs, line breaks, bold and italic, decodes entities, and
 * drops every tag it does not know together with the whole content of <script>, <style> and
 * similar elements. It never recurses, so deeply nested or unbalanced markup costs linear time
 * and no stack, and its output is plain data that no browser ever parses as HTML.
 */

/** A TipTap mark tldraw's rich text understands. */
export interface RichTextMark {
  type: 'bold' | 'italic'
}

/** A run of text, with its marks when it has any. */
export interface RichTextRun {
  type: 'text'
  text: string
  marks?: RichTextMark[]
}

/** One paragraph of TipTap rich text; runs and hard breaks inside it. */
export interface RichTextParagraph {
  type: 'paragraph'
  content?: (RichTextRun | { type: 'hardBreak' })[]
}

/** TipTap rich text as tldraw 5 stores it (`props.richText`). */
export interface MiroRichText {
  type: 'doc'
  content: RichTextParagraph[]
}

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
const SKIPPED_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'textarea', 'select'])

/** Elements that end the current paragraph. */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table', 'section', 'article', 'header', 'footer'])

const BOLD = new Set(['b', 'strong'])
const ITALIC = new Set(['i', 'em'])

/** Named entities Miro and common editors write; others stay as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  middot: '·', copy: '©', reg: '®', trade: '™', euro: '€', deg: '°', times: '×', shy: '',
}

/** Decodes character references in a piece of text; anything malformed stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  let out = ''
  let i = 0
  while (i < text.length) {
    const amp = text.indexOf('&', i)
    if (amp < 0) {
      out += text.slice(i)
      break
    }
    out += text.slice(i, amp)
    const semi = text.indexOf(';', amp)
    // Entity names are short; a far-off ';' belongs to something else.
    if (semi < 0 || semi - amp > 12) {
      out += '&'
      i = amp + 1
      continue
    }
    const name = text.slice(amp + 1, semi)
    const decoded = decodeEntity(name)
    if (decoded === null) {
      out += '&'
      i = amp + 1
    } else {
      out += decoded
      i = semi + 1
    }
  }
  return out
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X'
    const digits = hex ? name.slice(2) : name.slice(1)
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null
    const code = Number.parseInt(digits, hex ? 16 : 10)
    // No NUL, surrogates or out-of-range code points: they would make invalid text.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
    return String.fromCodePoint(code)
  }
  return Object.hasOwn(NAMED_ENTITIES, name) ? (NAMED_ENTITIES[name] ?? null) : null
}

/** A tag as the tokenizer saw it. */
interface Tag {
  name: string
  closing: boolean
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
  let quote: string | null = null
  for (; i < html.length; i++) {
    const c = html[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return { name, closing, end: i + 1 }
    }
  }
  return { name, closing, end: html.length }
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

/** Collects runs into paragraphs, merging neighbouring runs with the same marks. */
class RichTextBuilder {
  readonly paragraphs: RichTextParagraph[] = []
  private current: NonNullable<RichTextParagraph['content']> = []
  private chars = 0
  truncated = false

  constructor(private readonly maxChars: number) {}

  /** Whether more text is wanted. */
  get full(): boolean {
    return this.truncated
  }

  text(raw: string, bold: boolean, italic: boolean): void {
    // HTML collapses white space; a note's lines come from tags, not from source newlines.
    let text = raw.replace(/[\t\n\r\f ]+/g, ' ')
    if (this.current.length === 0) text = text.replace(/^ +/, '')
    if (text === '') return
    const room = this.maxChars - this.chars
    if (text.length > room) {
      text = text.slice(0, Math.max(0, room))
      this.truncated = true
    }
    if (text === '') return
    this.chars += text.length
    const marks: RichTextMark[] = []
    if (bold) marks.push({ type: 'bold' })
    if (italic) marks.push({ type: 'italic' })
    const last = this.current[this.current.length - 1]
    if (last && last.type === 'text' && sameMarks(last.marks, marks)) {
      last.text += text
      return
    }
    this.current.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
  }

  hardBreak(): void {
    this.trimEnd()
    this.current.push({ type: 'hardBreak' })
  }

  /** Ends the paragraph; `force` keeps an empty one (two <br> or an empty <p>). */
  endParagraph(force = false): void {
    this.trimEnd()
    if (this.current.length === 0 && !force) return
    this.paragraphs.push(this.current.length > 0 ? { type: 'paragraph', content: this.current } : { type: 'paragraph' })
    this.current = []
  }

  private trimEnd(): void {
    const last = this.current[this.current.length - 1]
    if (last && last.type === 'text') {
      last.text = last.text.replace(/ +$/, '')
      if (last.text === '') this.current.pop()
    }
  }
}

function sameMarks(a: readonly RichTextMark[] | undefined, b: readonly RichTextMark[]): boolean {
  const left = a ?? []
  return left.length === b.length && left.every((mark, i) => mark.type === b[i]?.type)
}

function plainTextOf(paragraphs: readonly RichTextParagraph[]): string {
  return paragraphs
    .map((paragraph) => (paragraph.content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join(''))
    .join('\n')
    .trim()
}

/**
 * The text of Miro's HTML `content` as tldraw rich text, at most `maxChars` characters of
 * text (the rest is cut and `truncated` set). Plain text without tags works too.
 */
export function htmlToRichText(html: string, maxChars = 5000): HtmlTextResult {
  const out = new RichTextBuilder(maxChars)
  // Counters, not a stack: unbalanced or hostile nesting cannot grow memory or recurse.
  let bold = 0
  let italic = 0
  let i = 0
  while (i < html.length && !out.full) {
    const lt = html.indexOf('<', i)
    const textEnd = lt < 0 ? html.length : lt
    if (textEnd > i) out.text(decodeEntities(html.slice(i, textEnd)), bold > 0, italic > 0)
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
      out.text('<', bold > 0, italic > 0)
      i = lt + 1
      continue
    }
    i = tag.end
    if (!tag.closing && SKIPPED_CONTENT.has(tag.name)) {
      i = skipElement(html, tag.name, i)
      continue
    }
    if (tag.name === 'br') out.hardBreak()
    else if (BOLD.has(tag.name)) bold = Math.max(0, bold + (tag.closing ? -1 : 1))
    else if (ITALIC.has(tag.name)) italic = Math.max(0, italic + (tag.closing ? -1 : 1))
    else if (BLOCKS.has(tag.name)) out.endParagraph(tag.closing && tag.name === 'p')
  }
  out.endParagraph()
  // A trailing empty paragraph from "<p></p>" at the end says nothing.
  while (out.paragraphs.length > 0 && !out.paragraphs[out.paragraphs.length - 1]?.content) out.paragraphs.pop()
  const paragraphs = out.paragraphs.length > 0 ? out.paragraphs : [{ type: 'paragraph' as const }]
  return { richText: { type: 'doc', content: paragraphs }, plainText: plainTextOf(paragraphs), truncated: out.truncated }
}
