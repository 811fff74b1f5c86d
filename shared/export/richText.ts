/**
 * tldraw rich text (TipTap JSON) as text for the minutes and other text exports: as plain
 * text, or as Markdown that keeps what a reader would miss (links, strike-through, bold,
 * italic, underline). Paragraphs become lines, hard breaks line breaks, list items "- " lines;
 * everything people wrote is escaped, so only the marks make Markdown.
 */
import { safeLinkHref } from '../text/linkHref'
import { asObject } from '../values'
import { escapeInline, escapeLineStart, markdownLinkTarget } from './markdown'

/** The marks of a run of text that the Markdown keeps. */
interface RunStyle {
  bold: boolean
  /** Italic, or underlined (see `EMPHASIS`). */
  emphasis: boolean
  strike: boolean
  /** A link target Plenary keeps (web or e-mail), else null. */
  href: string | null
}

/** A run of text with its marks. */
interface Run {
  text: string
  style: RunStyle
}

const PLAIN: RunStyle = { bold: false, emphasis: false, strike: false, href: null }

function children(node: Record<string, unknown>): unknown[] {
  return Array.isArray(node.content) ? node.content : []
}

function objects(nodes: readonly unknown[]): Record<string, unknown>[] {
  return nodes.map(asObject).filter((node): node is Record<string, unknown> => node !== null)
}

/** The style of a text node's marks; marks Markdown cannot show (code, highlight) are left out. */
function styleOf(node: Record<string, unknown>): RunStyle {
  const style = { ...PLAIN }
  for (const mark of objects(Array.isArray(node.marks) ? node.marks : [])) {
    if (mark.type === 'bold') style.bold = true
    // Underline has no Markdown, and Mattermost shows no <u>: it is emphasis a writer wanted
    // seen, and italics are how print has always set underlined words, so it reads as italic.
    else if (mark.type === 'italic' || mark.type === 'underline') style.emphasis = true
    else if (mark.type === 'strike') style.strike = true
    else if (mark.type === 'link') {
      const href = asObject(mark.attrs)?.href
      style.href = typeof href === 'string' ? safeLinkHref(href) : null
    }
  }
  return style
}

/** The lines of a node's inline content (text and hard breaks), no block structure. */
function inlineLines(node: Record<string, unknown>): Run[][] {
  const lines: Run[][] = [[]]
  const visit = (current: Record<string, unknown>): void => {
    if (current.type === 'text') {
      if (typeof current.text !== 'string') return
      const style = styleOf(current)
      // A line break inside a text node (pasted, or from an older writer) is a line too.
      current.text.split(/\r\n?|\n/).forEach((text, i) => {
        if (i > 0) lines.push([])
        if (text !== '') lines[lines.length - 1]?.push({ text, style })
      })
    } else if (current.type === 'hardBreak') {
      lines.push([])
    } else {
      for (const child of objects(children(current))) visit(child)
    }
  }
  visit(node)
  return lines
}

/** The lines of a block node. */
function blockLines(node: Record<string, unknown>): Run[][] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'text':
    case 'hardBreak':
      return inlineLines(node)
    case 'bulletList':
    case 'orderedList':
      return objects(children(node)).flatMap((item, index) => {
        const [first = [], ...rest] = objects(children(item)).flatMap(blockLines)
        const marker = node.type === 'orderedList' ? `${index + 1}. ` : '- '
        return [[{ text: marker, style: PLAIN }, ...first], ...rest.map((line) => [{ text: '  ', style: PLAIN }, ...line])]
      })
    default:
      return objects(children(node)).flatMap(blockLines)
  }
}

function plainLine(line: readonly Run[]): string {
  return line.map((run) => run.text).join('')
}

/** The lines of a rich-text value, without empty lines before and after; none for anything that is not one. */
function richTextLines(richText: unknown): Run[][] {
  const root = asObject(richText)
  if (!root) return []
  const lines = root.type === 'doc' ? objects(children(root)).flatMap(blockLines) : blockLines(root)
  while (lines.length > 0 && plainLine(lines[lines.length - 1] ?? []).trim() === '') lines.pop()
  while (lines.length > 0 && plainLine(lines[0] ?? []).trim() === '') lines.shift()
  return lines
}

/**
 * The plain text of a rich-text value, or '' for anything that is not one. Trailing empty
 * lines are dropped; empty lines inside are kept (a note may have paragraphs).
 */
export function richTextToPlainText(richText: unknown): string {
  return richTextLines(richText).map(plainLine).join('\n')
}

/** A Markdown span a run may sit in; the opener and closer written around it. */
interface Span {
  key: string
  open: string
  close: string
}

/** The spans of a style, outermost first: a link holds its marks, `[**a**](…)`. */
function spansOf(style: RunStyle): Span[] {
  const spans: Span[] = []
  if (style.href !== null) spans.push({ key: `link ${style.href}`, open: '[', close: `](${markdownLinkTarget(style.href)})` })
  if (style.bold) spans.push({ key: 'bold', open: '**', close: '**' })
  if (style.emphasis) spans.push({ key: 'emphasis', open: '*', close: '*' })
  if (style.strike) spans.push({ key: 'strike', open: '~~', close: '~~' })
  return spans
}

/**
 * One line of runs as Markdown. Spans open and close as the marks change, like a stack, and
 * white space is kept outside them: "**a **b" would not render bold, "**a** b" does.
 */
function markdownLine(line: readonly Run[]): string {
  let out = ''
  let pending = ''
  const open: Span[] = []
  for (const run of line) {
    const start = run.text.length - run.text.trimStart().length
    const core = run.text.trim()
    const lead = run.text.slice(0, start)
    const trail = run.text.slice(start + core.length)
    if (core === '') {
      pending += run.text
      continue
    }
    const wanted = spansOf(run.style)
    let keep = 0
    while (keep < open.length && wanted.some((span) => span.key === open[keep]?.key)) keep++
    while (open.length > keep) out += open.pop()?.close ?? ''
    out += pending + lead
    for (const span of wanted) {
      if (open.some((current) => current.key === span.key)) continue
      open.push(span)
      out += span.open
    }
    out += escapeInline(core)
    pending = trail
  }
  while (open.length > 0) out += open.pop()?.close ?? ''
  return escapeLineStart(out)
}

/**
 * A rich-text value as Markdown for the minutes: people's text escaped as `escapeMarkdown`
 * does, links to web and e-mail addresses as `[text](target)` (other targets leave the text
 * alone), bold as `**`, italic and underline as `*`, strike-through as `~~`. Lines as in
 * {@link richTextToPlainText}, trailing white space dropped; '' for anything that is not rich text.
 */
export function richTextToMarkdown(richText: unknown): string {
  return richTextLines(richText).map(markdownLine).join('\n')
}
