/**
 * How much of a Miro item's text the import reads and keeps: content above a limit is not
 * parsed at all (the item is skipped), and text above another is cut and reported. Every
 * text the importer takes from an item (content, card title and description, frame and
 * image titles, connector captions) comes through here and so through `htmlToRichText`,
 * which keeps links and marks and strips control characters and bidirectional overrides.
 */
import { emptyRichText, htmlToRichText, type HtmlTextResult, type MiroRichText } from './htmlText'
import type { MiroItem, MiroRejectedItem } from './input'

/** Longest HTML content read; longer content is skipped, not parsed. */
export const MAX_CONTENT_CHARS = 100_000

/** Longest text kept on one shape; the rest is cut (and reported). */
export const MAX_TEXT_CHARS = 5_000

/** Longest frame title kept. */
const MAX_TITLE_CHARS = 200

/** Longest connector caption kept. */
const MAX_CAPTION_CHARS = 500

/** The rich text of an item's HTML content, or null when it is too long to read (skip the item). */
export function contentText(html: string | undefined, item: MiroItem, adjusted: MiroRejectedItem[]): HtmlTextResult | null {
  const source = html ?? ''
  if (source.length > MAX_CONTENT_CHARS) return null
  const text = htmlToRichText(source, MAX_TEXT_CHARS)
  if (text.truncated) {
    adjusted.push({
      id: item.id,
      type: item.type,
      reason: `text cut to ${MAX_TEXT_CHARS.toLocaleString('en')} characters`,
      code: 'textCut',
      params: { max: MAX_TEXT_CHARS },
    })
  }
  return text
}

/** A frame's title as one line of plain text. */
export function frameTitle(item: MiroItem): string {
  return htmlToRichText(item.data?.title ?? '', MAX_TITLE_CHARS).plainText.replace(/\s+/g, ' ')
}

/** A connector's first caption as the arrow's label; an empty label when it has none. */
export function captionText(item: MiroItem): MiroRichText {
  const caption = item.captions?.[0]?.content
  return caption !== undefined ? htmlToRichText(caption.slice(0, MAX_CONTENT_CHARS), MAX_CAPTION_CHARS).richText : emptyRichText()
}
