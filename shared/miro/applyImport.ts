/**
 * A Miro import written into a board document: planned against the document's records and
 * written in the same step, so what the plan avoided (ids taken, content in the way) is what
 * the document holds. Call it inside one transaction (`features.write`): the import then
 * leaves as one update, and peers never see half of it.
 */
import type * as Y from 'yjs'
import { readRecords, recordsMap } from '../boardDoc'
import { planMiroImport, type MiroImportResult } from './importMiro'
import type { MiroImportWords } from './placeholders'

/** Kept for the import dialog, which reads the records it plans against from here. */
export { readRecords }

/**
 * Plans the import of `input` onto `pageId` against `doc` and, when there is a plan, writes its
 * records; `words` (the importer's language) label what the import writes, English by default.
 */
export function importMiroIntoDoc(doc: Y.Doc, input: unknown, pageId: string, words?: MiroImportWords): MiroImportResult {
  const result = planMiroImport(input, { pageId, records: readRecords(doc), ...(words ? { words } : {}) })
  if (!result.ok) return result
  const records = recordsMap(doc)
  doc.transact(() => {
    // Frames before their children, bindings after their arrows: the plan's order.
    for (const record of result.plan.records) records.set(record.id, JSON.parse(JSON.stringify(record)) as unknown)
  })
  return result
}
