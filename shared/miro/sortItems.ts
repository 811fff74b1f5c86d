/**
 * Which Miro items an import takes: the types it turns into shapes, the connectors it may
 * turn into arrows, and the rest, skipped with the reason a person can act on.
 */
import type { HtmlTextResult } from './htmlText'
import type { MiroItem, MiroRejectedItem } from './input'
import { hasGeo, miroShapeOf } from './itemRecords'
import { contentText, MAX_CONTENT_CHARS } from './itemText'
import type { Skip } from './layOut'
import type { MiroReasonCode } from './messages'

/** Miro types that become shapes. */
const SHAPE_TYPES: readonly string[] = ['sticky_note', 'frame', 'text', 'shape']

/** Why types Plenary does not import are skipped. */
const SKIP_REASONS: Readonly<Record<string, readonly [MiroReasonCode, string]>> = {
  image: ['image', 'images are not imported: Plenary fetches nothing from other hosts'],
  document: ['document', 'documents are not imported: Plenary fetches nothing from other hosts'],
  embed: ['embed', 'embeds are not imported: Plenary shows no content from other hosts'],
  preview: ['preview', 'link previews are not imported: Plenary shows no content from other hosts'],
  card: ['card', 'cards have no tldraw equivalent'],
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
  /** The content of every kept item but frames, read. */
  texts: Map<string, HtmlTextResult>
}

/**
 * Sorts `items` into shapes and connectors, skipping the rest; items whose text is cut are
 * added to `adjusted`.
 */
export function sortItems(items: readonly MiroItem[], skip: Skip, adjusted: MiroRejectedItem[]): SortedItems {
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
      const text = contentText(item.data?.content, item, adjusted)
      if (text === null) {
        skip(item, 'textTooLong', `its text is longer than ${MAX_CONTENT_CHARS.toLocaleString('en')} characters`, { max: MAX_CONTENT_CHARS })
        continue
      }
      texts.set(item.id, text)
    }
    kept.push(item)
  }
  return { kept, connectors, texts }
}
