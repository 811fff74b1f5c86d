/**
 * Bringing a stored board to the current document layout at load (the server does it once, in
 * the quarantine transaction). Layout 1 kept each record whole in `records`; in layout 2 that
 * is a record with no changed parts yet, so the records stay as they are and only the label
 * moves: clients of layout 1 then stop writing (they never write a newer layout), and cannot
 * hide a change behind a part they do not know. Parts whose record is gone are dropped.
 */
import type * as Y from 'yjs'
import { DOC_LAYOUT_VERSION } from '../protocol'
import { RECORDS_MAP } from './boardRecords'
import { RECORD_PART_MAPS } from './parts'

/** What bringing a document to the current layout would change. */
export interface LayoutMigration {
  /** The label to write, or null when the document already has the current one (or a newer one). */
  relabel: number | null
  /** Part entries whose record does not exist, by map. */
  orphans: { map: string; key: string }[]
}

/** Plans the migration of `doc`, whose meta map says `layoutVersion`. */
export function planLayoutMigration(doc: Y.Doc, layoutVersion: unknown): LayoutMigration {
  const current = typeof layoutVersion === 'number' ? layoutVersion : 0
  const base = doc.getMap<unknown>(RECORDS_MAP)
  const orphans: LayoutMigration['orphans'] = []
  for (const map of RECORD_PART_MAPS) {
    for (const key of doc.getMap<unknown>(map).keys()) if (!base.has(key)) orphans.push({ map, key })
  }
  return { relabel: current < DOC_LAYOUT_VERSION ? DOC_LAYOUT_VERSION : null, orphans }
}

/** True when the plan changes nothing. */
export function isEmptyMigration(plan: LayoutMigration): boolean {
  return plan.relabel === null && plan.orphans.length === 0
}
