/**
 * Reading a Miro export: the JSON of Miro's REST API v2 "get items on board" responses, as a
 * file someone chose. It is untrusted: the whole file is refused (with a message a person can
 * act on) when it is too big, not JSON, not shaped like Miro's responses or has too many
 * items; a single item that does not match Miro's published item schema is skipped and
 * reported, never fatal. Accepted shapes (recognised by `readExportParts` in pages.ts, the one
 * reader of them): one response page `{ data: [...], cursor? }`, an
 * array of pages, or an array of items; connectors (their own endpoint in Miro's API) in a
 * top-level `connectors` array (items or a page) or as items of type "connector".
 */
import { describeItemIssue } from './itemIssues'
import { itemSchema, type MiroItem } from './itemSchema'
import type { MiroFailure, MiroMessageParams, MiroReasonCode } from './messages'
import { notMiroShape, readExportParts } from './pages'
import { isRecord, shownValue } from './untrusted'

export type { MiroItem } from './itemSchema'

/** Files above this are refused unread: a board of 10,000 items is well under 8 MB of JSON. */
export const MAX_MIRO_FILE_BYTES = 8 * 1024 * 1024

/** More items than this and the file is refused: no Plenary board needs more. */
export const MAX_MIRO_ITEMS = 10_000

/** An item that did not match the schema, as the report lists it. */
export interface MiroRejectedItem {
  id: string
  type: string
  /** In English, for logs and tests; the client says {@link code} in the reader's language. */
  reason: string
  code: MiroReasonCode
  params?: MiroMessageParams
}

/** The items of a Miro export, read. */
export interface MiroInput {
  items: MiroItem[]
  rejected: MiroRejectedItem[]
}

/** The outcome of reading a Miro export. */
export type MiroInputResult = { ok: true; input: MiroInput } | MiroFailure

/**
 * Items that are their own parent, or in a loop of parents (a→b→a): refused, since no frame
 * can hold itself. Every item on a loop is refused, so what is left can be laid out. Each item
 * is walked once (a hostile file may chain 10,000 parents).
 */
function parentLoops(items: readonly MiroItem[]): Map<string, MiroRejectedItem> {
  const byId = new Map(items.map((item) => [item.id, item]))
  const refused = new Map<string, MiroRejectedItem>()
  const done = new Set<string>()
  for (const item of items) {
    const path: MiroItem[] = []
    const onPath = new Map<string, number>()
    let at: MiroItem | undefined = item
    while (at && !done.has(at.id) && !onPath.has(at.id)) {
      onPath.set(at.id, path.length)
      path.push(at)
      at = at.parent ? byId.get(at.parent.id) : undefined
    }
    const loopStart = at ? onPath.get(at.id) : undefined
    if (loopStart !== undefined) {
      const loop = path.slice(loopStart)
      for (const member of loop) {
        refused.set(
          member.id,
          loop.length === 1
            ? { id: member.id, type: member.type, code: 'ownParent', reason: 'it is its own parent' }
            : { id: member.id, type: member.type, code: 'parentCycle', reason: 'its parents form a loop back to it' },
        )
      }
    }
    for (const member of path) done.add(member.id)
  }
  return refused
}

/** The raw items of the accepted shapes (pages in file order), or an error for any other shape. */
function collectRawItems(input: unknown): { ok: true; raw: unknown[] } | MiroFailure {
  const parts = readExportParts(input, '')
  if (!parts) return notMiroShape(input)
  return { ok: true, raw: [...parts.pages.flatMap((page) => page.data), ...parts.items, ...parts.connectors] }
}

/** Reads the items out of parsed JSON in any of the accepted shapes. */
export function readMiroInput(input: unknown): MiroInputResult {
  const collected = collectRawItems(input)
  if (!collected.ok) return collected
  const { raw } = collected
  if (raw.length > MAX_MIRO_ITEMS) {
    return {
      ok: false,
      error: `The file has ${raw.length.toLocaleString('en')} items; Plenary imports at most ${MAX_MIRO_ITEMS.toLocaleString('en')}.`,
      code: 'tooManyItems',
      params: { count: raw.length, max: MAX_MIRO_ITEMS },
    }
  }
  const items: MiroItem[] = []
  const rejected: MiroRejectedItem[] = []
  const seen = new Set<string>()
  for (const value of raw) {
    const parsed = itemSchema.safeParse(value)
    const id = isRecord(value) ? shownValue(value.id, '?') : '?'
    const type = isRecord(value) ? shownValue(value.type, 'unknown') : 'unknown'
    if (!parsed.success) {
      if (isRecord(value)) rejected.push({ id, type, code: 'invalidItem', ...describeItemIssue(parsed.error, value) })
      else rejected.push({ id, type, reason: 'not an object', code: 'notAnObject' })
    } else if (seen.has(parsed.data.id)) {
      rejected.push({ id, type, reason: 'the same id appears twice; the first was kept', code: 'duplicateId' })
    } else {
      seen.add(parsed.data.id)
      items.push(parsed.data)
    }
  }
  const loops = parentLoops(items)
  rejected.push(...loops.values())
  const kept = loops.size > 0 ? items.filter((item) => !loops.has(item.id)) : items
  if (kept.length === 0 && rejected.length === 0) return { ok: false, error: 'The file holds no Miro items.', code: 'noItems' }
  return { ok: true, input: { items: kept, rejected } }
}

/** The parsed JSON of a chosen file, or why it cannot be read (size first, then JSON). */
export function parseMiroJson(text: string): { ok: true; value: unknown } | MiroFailure {
  // Characters, not bytes: close enough to refuse a runaway file before parsing it.
  if (text.length > MAX_MIRO_FILE_BYTES)
    return { ok: false, error: 'The file is larger than 8 MB; that is not a board Plenary can import.', code: 'fileTooLarge' }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return {
      ok: false,
      error: 'The file is not valid JSON. Export the board with Miro’s REST API (“get items on board”).',
      code: 'notJson',
    }
  }
}
