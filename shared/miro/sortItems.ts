/**
 * Which Miro items an import takes: the types it turns into shapes (cards as notes; images,
 * documents and embeds as placeholders), the connectors it may turn into arrows, and the
 * rest, skipped with the reason a person can act on.
 */
import { cardText } from './cardText'
import type { HtmlTextResult } from './htmlText'
import type { MiroItem, MiroRejectedItem } from './input'
import { hasGeo, miroShapeOf } from './itemRecords'
import { contentText, MAX_CONTENT_CHARS } from './itemText'
import type { Skip } from './layOut'
import type { MiroReasonCode } from './messages'
import { isPlaceholderType, PLACEHOLDER_TYPES, placeholderText, type MiroImportWords } from './placeholders'

/** Miro types that become shapes. */
const SHAPE_TYPES: readonly string[] = ['sticky_note', 'frame', 'text', 'shape', 'card', ...PLACEHOLDER_TYPES]

/**
 * Why types Plenary does not import are skipped. A link preview is nothing but the address of
 * another site, which no record may hold, so not even a placeholder is left of it.
 */
const SKIP_REASONS: Readonly<Record<string, readonly [MiroReasonCode, string]>> = {
  preview: ['preview', 'link previews are not imported: Plenary shows no content from other hosts'],
  app_card: ['appCard', 'app cards have no tldraw equivalent'],
  doc_format: ['docFormat', 'Miro docs have no tldraw equivalent'],
  mindmap_node: ['mindmap', 'mind maps have no tldraw equivalent'],
  table: ['table', 'tables have no tldraw equivalent'],
  kanban: ['kanban', 'kanban boards have no tldraw equivalent'],
}

/** The items an import goes on with. */
export interface SortedItems {
  /** Items that become shapes, in file order. */
  kept: MiroItem[]
  /** Connectors, which become arrows if both their ends are imported. */
  connectors: MiroItem[]
  /** The text of every kept item but frames: content read, a card's title and description, a placeholder's label. */
  texts: Map<string, HtmlTextResult>
}

/** The text `item` shows, or null when it is too long to read. */
function itemText(item: MiroItem, words: MiroImportWords, adjusted: MiroRejectedItem[]): HtmlTextResult | null {
  if (item.type === 'card') return cardText(item, adjusted)
  if (isPlaceholderType(item.type)) return placeholderText({ ...item, type: item.type }, words)
  return contentText(item.data?.content, item, adjusted)
}

/**
 * Sorts `items` into shapes and connectors, skipping the rest; items whose text is cut are
 * added to `adjusted`. Placeholders are labelled in `words`.
 */
export function sortItems(items: readonly MiroItem[], skip: Skip, adjusted: MiroRejectedItem[], words: MiroImportWords): SortedItems {
  const supported: MiroItem[] = []
  const connectors: MiroItem[] = []
  for (const item of items) {
    if (item.type === 'connector') connectors.push(item)
    else if (SHAPE_TYPES.includes(item.type)) supported.push(item)
    else {
      const [code, reason] = SKIP_REASONS[item.type] ?? ['unknownType', `Miro items of type “${item.type}” have no tldraw equivalent`]
      skip(item, code, reason, { type: item.type })
    }
  }

  // Shapes without an equivalent geometry, and content we will not read, go before layout, so
  // nothing is placed for them.
  const texts = new Map<string, HtmlTextResult>()
  const kept: MiroItem[] = []
  for (const item of supported) {
    if (item.type === 'shape' && !hasGeo(miroShapeOf(item))) {
      skip(item, 'unknownShape', `tldraw has no “${item.data?.shape ?? ''}” shape`, { shape: item.data?.shape ?? '' })
      continue
    }
    if (item.type !== 'frame') {
      const text = itemText(item, words, adjusted)
      if (text === null) {
        skip(item, 'textTooLong', `its text is longer than ${MAX_CONTENT_CHARS.toLocaleString('en')} characters`, {
          max: MAX_CONTENT_CHARS,
        })
        continue
      }
      texts.set(item.id, text)
    }
    kept.push(item)
  }
  return { kept, connectors, texts }
}
