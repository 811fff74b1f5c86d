/**
 * The one way a roster import goes, for the import dialog and the REST import alike: a parsed
 * roster (text, CSV or JSON) planned against the board as it is, giving the preview (what is
 * added and updated, the rows left out and why, the warnings), and written in one transaction.
 * parse → preview → plan → apply.
 */
import type * as Y from 'yjs'
import { readRecords, type StoredRecord } from '../boardDoc'
import { DEFAULT_PAGE_ID } from '../notes'
import { applyRosterPlan, readRoster } from './applyPlan'
import { planRosterImport, type RosterPlan } from './importPlan'
import type { RosterError, RosterFormat, RosterParse } from './parseRoster'
import type { Coop } from './roster'

/** The board an import is planned against. */
export interface RosterImportTarget {
  coops: readonly Coop[]
  records: readonly StoredRecord[]
  /** The page new corners go on. */
  pageId: string
}

/** What an import would do, or why nothing of it can be imported. */
export type RosterImportPreview =
  | { ok: false; errors: RosterError[] }
  | {
      ok: true
      format: RosterFormat
      ignoredColumns: string[]
      /** What the import writes (roster entries, corner frames) and its summary in numbers. */
      plan: RosterPlan
      /** Ids of the plan's coops that are new to the roster; the others are updated. */
      added: ReadonlySet<string>
      /** Problems of the rows left out, by line. */
      problems: RosterError[]
      /** How many rows are left out. */
      skippedRows: number
      /** How many rows are valid and imported (new, updated or unchanged). */
      validRows: number
      warnings: RosterError[]
    }

/** Plans a parsed roster against `target`. */
export function previewRosterImport(parsed: RosterParse, target: RosterImportTarget): RosterImportPreview {
  if (!parsed.ok) return parsed
  const plan = planRosterImport({ coops: target.coops, records: target.records, rows: parsed.rows, pageId: target.pageId })
  const known = new Set(target.coops.map((coop) => coop.id))
  return {
    ok: true,
    format: parsed.format,
    ignoredColumns: parsed.ignoredColumns,
    plan,
    added: new Set(plan.coops.filter((coop) => !known.has(coop.id)).map((coop) => coop.id)),
    problems: parsed.problems,
    skippedRows: parsed.skippedRows,
    validRows: parsed.rows.length,
    warnings: parsed.warnings,
  }
}

/** The board of `doc` as an import target, new corners going on the default page. */
export function rosterTargetOf(doc: Y.Doc, pageId: string = DEFAULT_PAGE_ID): RosterImportTarget {
  return { coops: readRoster(doc), records: readRecords(doc), pageId }
}

/** True when the preview has anything to write. */
export function previewWrites(preview: RosterImportPreview): boolean {
  return preview.ok && preview.plan.coops.length + preview.plan.corners.length > 0
}

/**
 * Plans `parsed` against `doc` as it is now and writes the valid rows in one transaction
 * tagged `origin`; returns the preview of what was written.
 */
export function importRosterInto(doc: Y.Doc, parsed: RosterParse, origin: unknown): RosterImportPreview {
  const preview = previewRosterImport(parsed, rosterTargetOf(doc))
  if (preview.ok) applyRosterPlan(doc, preview.plan, origin)
  return preview
}
