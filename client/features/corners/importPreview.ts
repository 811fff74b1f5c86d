/**
 * What the import dialog shows before anything is written: the pasted or uploaded roster
 * parsed and planned against the board, summarised in words ("31 coops: 31 new"), or the
 * problems with their line numbers. Pure; the dialog renders it.
 */
import type { StoredRecord } from '../../../shared/boardDoc'
import { planRosterImport, type RosterPlan } from '../../../shared/corners/importPlan'
import { parseRosterText } from '../../../shared/corners/parseRoster'
import type { Coop } from '../../../shared/corners/roster'

/** One problem found in the text; `line` is 1-based, null for the text as a whole. */
export interface ImportProblem {
  line: number | null
  message: string
}

/** A coop the import would write, and whether it is new to the board. */
export interface PreviewCoop {
  coop: Coop
  status: 'new' | 'updated'
}

/** The preview of an import. */
export type ImportPreview =
  | { kind: 'empty' }
  | { kind: 'problems'; problems: ImportProblem[] }
  | {
      kind: 'ready'
      format: 'list' | 'csv'
      plan: RosterPlan
      /** "31 coops: 3 new, 2 updated, 26 unchanged". */
      summary: string
      /** "Each new coop gets a corner: 3 corners…", or null when no corner is created. */
      cornersNote: string | null
      /** What will be written, in the order of the text. */
      changes: PreviewCoop[]
      /** False when every coop is already on the roster as given: nothing to import. */
      hasChanges: boolean
    }

/** The board an import is planned against. */
export interface ImportTarget {
  coops: readonly Coop[]
  records: readonly StoredRecord[]
  pageId: string
}

/** "31 coops: 31 new", "31 coops: 3 new, 2 updated, 26 unchanged", "1 coop: 1 unchanged". */
export function summaryText(summary: RosterPlan['summary']): string {
  const total = summary.added + summary.updated + summary.unchanged
  const parts: string[] = []
  if (summary.added > 0) parts.push(`${summary.added} new`)
  if (summary.updated > 0) parts.push(`${summary.updated} updated`)
  if (summary.unchanged > 0) parts.push(`${summary.unchanged} unchanged`)
  return `${total} ${total === 1 ? 'coop' : 'coops'}: ${parts.join(', ')}`
}

/** What the import does on the canvas, or null when it places no corner. */
export function cornersText(corners: number): string | null {
  if (corners === 0) return null
  const what = corners === 1 ? '1 corner is' : `${corners} corners are`
  return `${what} added next to what is already on the board, without covering anything.`
}

/** Parses `text` and plans its import into `target`. */
export function previewImport(text: string, target: ImportTarget): ImportPreview {
  if (text.trim() === '') return { kind: 'empty' }
  const parsed = parseRosterText(text)
  if (!parsed.ok) return { kind: 'problems', problems: parsed.errors }
  const plan = planRosterImport({
    coops: [...target.coops],
    records: [...target.records],
    rows: parsed.rows,
    pageId: target.pageId,
  })
  const known = new Set(target.coops.map((coop) => coop.id))
  const changes = plan.coops.map((coop): PreviewCoop => ({ coop, status: known.has(coop.id) ? 'updated' : 'new' }))
  return {
    kind: 'ready',
    format: parsed.format,
    plan,
    summary: summaryText(plan.summary),
    cornersNote: cornersText(plan.summary.corners),
    changes,
    hasChanges: plan.coops.length + plan.corners.length > 0,
  }
}

/** "Line 4: …" or the message alone for a problem with the whole text. */
export function problemText(problem: ImportProblem): string {
  return problem.line === null ? problem.message : `Line ${problem.line}: ${problem.message}`
}
