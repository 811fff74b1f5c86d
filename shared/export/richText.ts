/**
 * tldraw rich text (TipTap JSON) as plain text, for the minutes and other text exports. Only
 * the text survives: paragraphs become lines, hard breaks become line breaks, list items
 * become "- " lines; marks (bold, links) are dropped, since the exporter escapes everything.
 */
import { asObject } from '../values'

function children(node: Record<string, unknown>): unknown[] {
  return Array.isArray(node.content) ? node.content : []
}

/** The inline text of a node (text and hard breaks), no block structure. */
function inlineText(node: Record<string, unknown>): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'hardBreak') return '\n'
  return children(node)
    .map((child) => {
      const object = asObject(child)
      return object ? inlineText(object) : ''
    })
    .join('')
}

/** The lines of a block node. */
function blockLines(node: Record<string, unknown>): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node).split('\n')
    case 'bulletList':
    case 'orderedList':
      return children(node).flatMap((item, index) => {
        const object = asObject(item)
        if (!object) return []
        const [first = '', ...rest] = children(object).flatMap((block) => {
          const blockObject = asObject(block)
          return blockObject ? blockLines(blockObject) : []
        })
        const marker = node.type === 'orderedList' ? `${index + 1}. ` : '- '
        return [`${marker}${first}`, ...rest.map((line) => `  ${line}`)]
      })
    case 'text':
    case 'hardBreak':
      return inlineText(node).split('\n')
    default:
      return children(node).flatMap((child) => {
        const object = asObject(child)
        return object ? blockLines(object) : []
      })
  }
}

/**
 * The plain text of a rich-text value, or '' for anything that is not one. Trailing empty
 * lines are dropped; empty lines inside are kept (a note may have paragraphs).
 */
export function richTextToPlainText(richText: unknown): string {
  const root = asObject(richText)
  if (!root) return ''
  const lines = root.type === 'doc' ? children(root).flatMap((block) => {
    const object = asObject(block)
    return object ? blockLines(object) : []
  }) : blockLines(root)
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop()
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift()
  return lines.join('\n')
}
