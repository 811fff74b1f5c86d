/**
 * A whole Miro export from its parts: Miro's REST API answers "get items on board" and "get
 * connectors" in pages of at most 50, each naming the next by a cursor, so a real export is
 * several files. This merges the pages of every chosen file in cursor order, whatever order
 * the files came in, and says what looks missing (a gap, a first page alone, a page given
 * twice) as warnings that do not block the import.
 *
 * How pages chain: a page's own cursor is the `cursor` query parameter of its `links.self`
 * (none on the first page); the next page's cursor is its `cursor` field, or the `cursor` of
 * `links.next`. A page without `links.self` cannot be placed in the chain: it keeps its place
 * among the files.
 */
import { NOT_MIRO_SHAPE, type MiroFailure, type MiroMessageParams, type MiroWarningCode } from './messages'
import { asRecord, isList } from './untrusted'

/** One chosen file, parsed. */
export interface MiroFileValue {
  name: string
  value: unknown
}

/** Something that looks missing or doubled in the export; the import goes on. */
export interface MiroWarning {
  code: MiroWarningCode
  params?: MiroMessageParams
}

/** The merged export, in the shape {@link readMiroInput} reads, and its warnings. */
export type MiroMergeResult =
  { ok: true; value: { data: unknown[]; connectors: unknown[] }; warnings: MiroWarning[] } | (MiroFailure & { file?: string })

type Kind = 'items' | 'connectors'

/** A page of one kind, as read from a file. */
export interface MiroPage {
  file: string
  kind: Kind
  data: unknown[]
  /** The page's own cursor: '' for the first page, undefined when the page does not say. */
  self: string | undefined
  /** The cursor of the page after this one, if there is one. */
  next: string | undefined
  total: number | undefined
}

/** The `cursor` query parameter of a link, '' when it has none, undefined when it is no URL. */
function cursorOfLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined
  try {
    return new URL(link, 'https://api.miro.com/').searchParams.get('cursor') ?? ''
  } catch {
    return undefined
  }
}

function isConnectorItem(value: unknown): boolean {
  const item = asRecord(value)
  return item !== null && (item.type === 'connector' || 'startItem' in item)
}

/** A page of Miro's responses (`{ data: [...] }`), or null. */
function readPage(value: unknown, file: string): MiroPage | null {
  const page = asRecord(value)
  if (!page || !isList(page.data)) return null
  const links = asRecord(page.links)
  const selfLink = links?.self
  const onConnectorPath = typeof selfLink === 'string' && /\/connectors(\?|$)/.test(selfLink)
  const kind: Kind = onConnectorPath || (page.data.length > 0 && page.data.every(isConnectorItem)) ? 'connectors' : 'items'
  const cursor = typeof page.cursor === 'string' && page.cursor !== '' ? page.cursor : cursorOfLink(links?.next) || undefined
  const total = typeof page.total === 'number' && Number.isSafeInteger(page.total) && page.total >= 0 ? page.total : undefined
  return { file, kind, data: page.data, self: cursorOfLink(selfLink), next: cursor, total }
}

/** What one file holds: its pages in file order, then loose items and loose connectors. */
export interface MiroExportParts {
  pages: MiroPage[]
  items: unknown[]
  connectors: unknown[]
}

/**
 * The one reader of the shapes a Miro export may take: a response page `{ data: [...], cursor? }`,
 * an array of pages, or an array of items; connectors in a top-level `connectors` array (items
 * or a page). Null for any other shape ({@link notMiroShape} says why).
 */
export function readExportParts(value: unknown, name: string): MiroExportParts | null {
  const pages: MiroPage[] = []
  const items: unknown[] = []
  const connectors: unknown[] = []
  // Connectors given next to a page, as an array or a page of their own (our earlier format).
  const addConnectors = (holder: Record<string, unknown> | null) => {
    const given = holder?.connectors
    if (isList(given)) connectors.push(...given)
    else {
      const page = readPage(given, name)
      if (page) pages.push({ ...page, kind: 'connectors' })
    }
  }
  const page = readPage(value, name)
  if (page) {
    pages.push(page)
    addConnectors(asRecord(value))
  } else if (isList(value) && value.length > 0 && value.every((entry) => readPage(entry, name) !== null)) {
    value.forEach((entry, i) => {
      const part = readPage(entry, name)
      if (part) pages.push({ ...part, file: value.length > 1 ? `${name} #${i + 1}` : name })
      addConnectors(asRecord(entry))
    })
  } else if (isList(value) && value.every((entry) => asRecord(entry) !== null)) {
    items.push(...value)
  } else if (asRecord(value) && isList(asRecord(value)?.connectors)) {
    addConnectors(asRecord(value))
  } else {
    return null
  }
  return { pages, items, connectors }
}

/** Why `value` is not shaped like a Miro export. */
export function notMiroShape(value: unknown): MiroFailure {
  const code = isList(value) ? 'notMiroList' : 'notMiroExport'
  return { ok: false, code, error: NOT_MIRO_SHAPE[code] }
}

/** The pages of one kind in cursor order, with what looks missing or doubled. */
function chainPages(pages: readonly MiroPage[], warnings: MiroWarning[]): MiroPage[] {
  const bySelf = new Map<string, MiroPage>()
  const unplaced: MiroPage[] = []
  for (const page of pages) {
    if (page.self === undefined) unplaced.push(page)
    else {
      const first = bySelf.get(page.self)
      if (first) warnings.push({ code: 'pageTwice', params: { file: page.file, other: first.file } })
      else bySelf.set(page.self, page)
    }
  }
  const pointedTo = new Set(pages.map((page) => page.next).filter((next): next is string => next !== undefined))
  // The first page first, then the start of every run after a gap, in the order given.
  const starts = [...bySelf.values()].filter((page) => page.self === '' || !pointedTo.has(page.self ?? ''))
  starts.sort((a, b) => Number(b.self === '') - Number(a.self === ''))
  const starter = starts[0]
  if (starter && starter.self !== '') warnings.push({ code: 'firstPageMissing', params: { file: starter.file } })
  const ordered: MiroPage[] = []
  const visited = new Set<MiroPage>()
  for (const start of starts) {
    let page: MiroPage | undefined = start
    while (page && !visited.has(page)) {
      visited.add(page)
      ordered.push(page)
      const next: MiroPage | undefined = page.next === undefined ? undefined : bySelf.get(page.next)
      if (page.next !== undefined && !next) warnings.push({ code: 'pageMissing', params: { file: page.file } })
      page = next
    }
  }
  // Pages in a loop of cursors (no start) and pages that do not name themselves keep file order.
  for (const page of bySelf.values()) if (!visited.has(page)) ordered.push(page)
  return [...ordered, ...unplaced]
}

/**
 * Merges the chosen files into one export: item pages in cursor order, then loose items;
 * connector pages in cursor order, then loose connectors. A file not shaped like a Miro export
 * refuses the whole choice, naming the file.
 */
export function mergeMiroFiles(files: readonly MiroFileValue[]): MiroMergeResult {
  const pages: MiroPage[] = []
  const looseItems: unknown[] = []
  const looseConnectors: unknown[] = []
  for (const file of files) {
    const read = readExportParts(file.value, file.name)
    if (!read) {
      const refused = notMiroShape(file.value)
      return { ...refused, error: `${file.name}: ${refused.error}`, file: file.name }
    }
    pages.push(...read.pages)
    looseItems.push(...read.items)
    looseConnectors.push(...read.connectors)
  }
  const warnings: MiroWarning[] = []
  const itemPages = chainPages(
    pages.filter((page) => page.kind === 'items'),
    warnings,
  )
  const connectorPages = chainPages(
    pages.filter((page) => page.kind === 'connectors'),
    warnings,
  )
  const data = [...itemPages.flatMap((page) => page.data), ...looseItems]
  const total = itemPages.find((page) => page.total !== undefined)?.total
  const lone = itemPages.length === 1 ? itemPages[0] : undefined
  if (lone && lone.next !== undefined && (lone.self === undefined || lone.self === '')) {
    // One first page that names a next one: the start of a longer export, chosen alone.
    const others = warnings.filter((w) => !(w.code === 'pageMissing' && w.params?.file === lone.file))
    const alone: MiroWarning =
      total !== undefined && total > lone.data.length
        ? { code: 'morePages', params: { count: lone.data.length, total } }
        : { code: 'morePagesNoTotal', params: { count: lone.data.length } }
    warnings.splice(0, warnings.length, alone, ...others)
  } else if (total !== undefined && data.length < total) {
    warnings.push({ code: 'itemsMissing', params: { count: data.length, total } })
  }
  return { ok: true, value: { data, connectors: [...connectorPages.flatMap((page) => page.data), ...looseConnectors] }, warnings }
}
