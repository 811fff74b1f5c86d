/**
 * The rich text an import writes: the TipTap JSON tldraw 5 stores in `props.richText`, built
 * run by run. tldraw's editor (StarterKit, tldraw 5.4.2) knows the marks used here: bold,
 * italic, strike, underline and link, with the link's attributes as TipTap writes them.
 */

/** A link mark, with the attributes TipTap's Link extension gives every link it makes. */
export interface RichTextLinkMark {
  type: 'link'
  attrs: { href: string; target: '_blank'; rel: 'noopener noreferrer nofollow'; class: null; title: null }
}

/** A TipTap mark tldraw's rich text understands. */
export type RichTextMark = { type: 'bold' | 'italic' | 'strike' | 'underline' } | RichTextLinkMark

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

/** How the text being read looks: which marks are on, and the link it belongs to. */
export interface TextStyle {
  bold: boolean
  italic: boolean
  strike: boolean
  underline: boolean
  /** A safe link target (see `safeLinkHref`), or null outside a link. */
  href: string | null
}

/** The marks of `style`, in the order tldraw's schema ranks them (link first). */
function marksOf(style: TextStyle): RichTextMark[] {
  const marks: RichTextMark[] = []
  if (style.href !== null) {
    marks.push({
      type: 'link',
      attrs: { href: style.href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null },
    })
  }
  if (style.bold) marks.push({ type: 'bold' })
  if (style.italic) marks.push({ type: 'italic' })
  if (style.strike) marks.push({ type: 'strike' })
  if (style.underline) marks.push({ type: 'underline' })
  return marks
}

function markKey(mark: RichTextMark): string {
  return mark.type === 'link' ? `link ${mark.attrs.href}` : mark.type
}

function sameMarks(a: readonly RichTextMark[] | undefined, b: readonly RichTextMark[]): boolean {
  const left = a ?? []
  return (
    left.length === b.length &&
    left.every((mark, i) => {
      const other = b[i]
      return other !== undefined && markKey(mark) === markKey(other)
    })
  )
}

/** Collects runs into paragraphs, merging neighbouring runs with the same marks, up to `maxChars` of text. */
export class RichTextBuilder {
  readonly paragraphs: RichTextParagraph[] = []
  private current: NonNullable<RichTextParagraph['content']> = []
  private chars = 0
  /** True once text was cut at the limit; no more is wanted. */
  truncated = false

  constructor(private readonly maxChars: number) {}

  /** Adds text already decoded and cleaned, in `style`. */
  text(raw: string, style: TextStyle): void {
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
    const marks = marksOf(style)
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
