/** Text for the Miro drawing: escaped HTML from the importer's reading of Miro's content. */
import type { MiroRichText, RichTextRun } from '../../shared/miro/htmlText'
import { escapeHtml } from '../../shared/text/html'

const TAGS = { bold: 'b', italic: 'i', strike: 's', underline: 'u' } as const

function runHtml(run: RichTextRun): string {
  let html = escapeHtml(run.text)
  for (const mark of run.marks ?? []) {
    html =
      mark.type === 'link' ? `<a href="${escapeHtml(mark.attrs.href)}">${html}</a>` : `<${TAGS[mark.type]}>${html}</${TAGS[mark.type]}>`
  }
  return html
}

/**
 * Rich text as HTML paragraphs, built from the importer's own reading of Miro's HTML
 * (`htmlToRichText`): Miro's markup is never put into the page as it came.
 */
export function richTextHtml(text: MiroRichText): string {
  return text.content
    .map((paragraph) => `<p>${(paragraph.content ?? []).map((node) => (node.type === 'text' ? runHtml(node) : '<br>')).join('')}</p>`)
    .join('')
}
