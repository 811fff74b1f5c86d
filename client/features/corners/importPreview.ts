/**
 * What the import dialog shows before anything is written: the pasted or uploaded roster
 * parsed and planned against the board, summarised in words ("31 coops: 31 new"), or the
 * rows that are skipped with their reasons, and warnings. Pure; the dialog renders it.
 */
import type en from './locales/en.json'
import type { TFunction } from 'i18next'
import type { RosterPlan } from '../../../shared/corners/importPlan'
import { parseRosterText, type RosterError, type RosterFormat } from '../../../shared/corners/parseRoster'
import { previewRosterImport, previewWrites, type RosterImportTarget } from '../../../shared/corners/rosterImport'
import type { Coop } from '../../../shared/corners/roster'

/** One problem found in the text; `line` is 1-based, null for the text as a whole. */
export type ImportProblem = RosterError

/** A coop the import would write, and whether it is new to the board. */
export interface PreviewCoop {
  coop: Coop
  status: 'new' | 'updated'
}

/** The preview of an import. */
export type ImportPreview =
  | { kind: 'empty' }
  /** Nothing can be imported: a problem of the whole text, or no valid row. */
  | { kind: 'problems'; problems: ImportProblem[] }
  | {
      kind: 'ready'
      format: RosterFormat
      /** What the import writes; its summary is put in words by {@link summaryText} and {@link cornersText}. */
      plan: RosterPlan
      /** What will be written, in the order of the text. */
      changes: PreviewCoop[]
      /** False when every coop is already on the roster as given: nothing to import. */
      hasChanges: boolean
      /** Problems of the rows that are skipped, by line. */
      problems: ImportProblem[]
      skippedRows: number
      /** Valid rows, imported whatever the others hold. */
      validRows: number
      /** Shortened values, delegate counts: imported, but not as written. */
      warnings: ImportProblem[]
    }

/** The board an import is planned against. */
export type ImportTarget = RosterImportTarget

/** "31 coops: 31 new", "31 coops: 3 new, 2 updated, 26 unchanged", "1 coop: 1 unchanged". */
export function summaryText(t: TFunction, summary: RosterPlan['summary']): string {
  const total = summary.added + summary.updated + summary.unchanged
  const parts: string[] = []
  if (summary.added > 0) parts.push(t('coops.summary.added', { count: summary.added }))
  if (summary.updated > 0) parts.push(t('coops.summary.updated', { count: summary.updated }))
  if (summary.unchanged > 0) parts.push(t('coops.summary.unchanged', { count: summary.unchanged }))
  return t('coops.summary.total', { count: total, parts: parts.join(', ') })
}

/** What the import does on the canvas, or null when it places no corner. */
export function cornersText(t: TFunction, corners: number): string | null {
  if (corners === 0) return null
  return t('coops.corners', { count: corners })
}

/** Parses `text` and plans its import into `target` (shared/corners/rosterImport.ts, as the REST import does). */
export function previewImport(text: string, target: ImportTarget): ImportPreview {
  if (text.trim() === '') return { kind: 'empty' }
  const preview = previewRosterImport(parseRosterText(text), target)
  if (!preview.ok) return { kind: 'problems', problems: preview.errors }
  const { plan } = preview
  return {
    kind: 'ready',
    format: preview.format,
    plan,
    changes: plan.coops.map((coop): PreviewCoop => ({ coop, status: preview.added.has(coop.id) ? 'new' : 'updated' })),
    hasChanges: previewWrites(preview),
    problems: preview.problems,
    skippedRows: preview.skippedRows,
    validRows: preview.validRows,
    warnings: preview.warnings,
  }
}

/** A problem's words in the reader's language, from its code; its English message when it has none. */
type RosterField = keyof (typeof en)['coops']['rosterProblem']['field']

/** The translated name of a roster column, or the column as written when it is not one of ours. */
function fieldName(t: TFunction, field: unknown): string {
  const name = String(field)
  return Object.hasOwn(FIELD_NAMES, name) ? t(`coops.rosterProblem.field.${name as RosterField}`) : name
}

const FIELD_NAMES: Readonly<Record<RosterField, true>> = {
  name: true,
  country: true,
  description: true,
  website: true,
  delegates: true,
  delegateCount: true,
}

function problemMessage(t: TFunction, problem: ImportProblem): string {
  const { code, params = {} } = problem
  if (code === undefined) return problem.message
  switch (code) {
    case 'tooLong':
    case 'shortened':
      return t(`coops.rosterProblem.${code}`, { ...params, field: fieldName(t, params.field) })
    case 'twoColumns':
      return t('coops.rosterProblem.twoColumns', { ...params, column: fieldName(t, params.column) })
    case 'extraFields':
      return t('coops.rosterProblem.extraFields', {
        ...params,
        delimiter: params.delimiter === '\t' ? t('coops.rosterProblem.tab') : params.delimiter,
      })
    case 'tooManyRows':
      return t('coops.rosterProblem.tooManyRows', { rows: params.count, max: params.max })
    default:
      return t(`coops.rosterProblem.${code}`, { ...params })
  }
}

/** "Line 4: …" or the message alone for a problem with the whole text. */
export function problemText(t: TFunction, problem: ImportProblem): string {
  const message = problemMessage(t, problem)
  return problem.line === null ? message : t('coops.problem.line', { line: problem.line, message })
}
