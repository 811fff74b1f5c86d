/**
 * A Miro card as the text of a note: its title in bold on the first line, its description
 * under it, both read like any item's content (links, marks and limits as in itemText.ts).
 * Miro's card fields without a tldraw equivalent (due date, assignee, tags) are counted in
 * the report (lostFields.ts); the card's theme colour becomes the note's colour.
 */
import type { HtmlTextResult, RichTextParagraph } from './htmlText'
import type { MiroItem, MiroRejectedItem } from './input'
import { contentText } from './itemText'

/** `paragraph` with every run of text in bold. */
function bold(paragraph: RichTextParagraph): RichTextParagraph {
  if (!paragraph.content) return paragraph
  return {
    ...paragraph,
    content: paragraph.content.map((node) =>
      node.type === 'text' && !node.marks?.some((mark) => mark.type === 'bold')
        ? { ...node, marks: [...(node.marks ?? []), { type: 'bold' as const }] }
        : node,
    ),
  }
}

/**
 * The note text of a card: title paragraphs in bold, then the description's; null when either
 * is too long to read (the card is skipped then). Cut text is added to `adjusted`.
 */
export function cardText(item: MiroItem, adjusted: MiroRejectedItem[]): HtmlTextResult | null {
  // Both parts may be cut; the card is reported once.
  const cut: MiroRejectedItem[] = []
  const title = contentText(item.data?.title, item, cut)
  const description = contentText(item.data?.description, item, cut)
  if (!title || !description) return null
  adjusted.push(...cut.slice(0, 1))
  const content = [
    ...(title.plainText === '' ? [] : title.richText.content.map(bold)),
    ...(description.plainText === '' ? [] : description.richText.content),
  ]
  return {
    richText: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    plainText: [title.plainText, description.plainText].filter((text) => text !== '').join('\n'),
    truncated: title.truncated || description.truncated,
  }
}
