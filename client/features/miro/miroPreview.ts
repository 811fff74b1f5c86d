/** What the Miro import dialog says about a plan, in the reader's words. */
import type { TFunction } from 'i18next'
import type { MiroImportReport } from '../../../shared/miro/importMiro'
import type { MiroRejectedItem } from '../../../shared/miro/input'
import { MIRO_ITEM_FIELDS, MIRO_ITEM_PROBLEMS, type MiroItemField, type MiroItemProblem } from '../../../shared/miro/itemIssues'
import type { MiroWarning } from '../../../shared/miro/pages'
import type { MiroFileProblem } from './miroFile'

/** Item types the summary names, in the order it names them. */
const ORDER = ['sticky_note', 'card', 'frame', 'text', 'shape', 'image', 'document', 'embed', 'connector'] as const
type NamedType = (typeof ORDER)[number]

function isNamedType(type: string): type is NamedType {
  return (ORDER as readonly string[]).includes(type)
}

/** "200 sticky notes, 5 frames", in a fixed order; "nothing" when nothing is imported. */
export function importedSummary(report: MiroImportReport, t: TFunction): string {
  const parts = ORDER.filter((type) => (report.imported[type] ?? 0) > 0).map((type) =>
    t(`miro.summary.${type}`, { count: report.imported[type] ?? 0 }),
  )
  return parts.length > 0 ? parts.join(', ') : t('miro.summary.nothing')
}

function isField(value: unknown): value is MiroItemField {
  return (MIRO_ITEM_FIELDS as readonly unknown[]).includes(value)
}

function isProblem(value: unknown): value is MiroItemProblem {
  return (MIRO_ITEM_PROBLEMS as readonly unknown[]).includes(value)
}

/** Why an item was skipped (or changed), said in the reader's language. */
export function reasonText(item: Pick<MiroRejectedItem, 'code' | 'params'>, t: TFunction): string {
  const { field, problem, ...values } = item.params ?? {}
  // An item that failed Miro's schema: which of its fields, and what is wrong with it.
  if (item.code === 'invalidItem' && isProblem(problem))
    return t(`miro.invalid.${problem}`, { ...values, field: t(`miro.fields.${isField(field) ? field : 'other'}`) })
  return t(`miro.reasons.${item.code}`, { ...item.params })
}

/** Why a whole file was refused, said in the reader's language. */
export function failureText(failure: MiroFileProblem, t: TFunction): string {
  return t(`miro.errors.${failure.code}`, { ...failure.params })
}

/** What looks missing or doubled in the chosen pages, said in the reader's language. */
export function warningText(warning: MiroWarning, t: TFunction): string {
  return t(`miro.warnings.${warning.code}`, { ...warning.params })
}

/** Skipped items grouped by reason, the most frequent first, with a few of their ids. */
export interface SkippedGroup {
  reason: string
  count: number
  /** Up to three items ("sticky note 4"), as examples. */
  examples: string[]
}

/** The report's skipped (then adjusted) items, grouped by reason. */
export function skippedGroups(report: MiroImportReport, t: TFunction): SkippedGroup[] {
  const groups = new Map<string, SkippedGroup>()
  for (const item of [...report.skipped, ...report.adjusted]) {
    const reason = reasonText(item, t)
    const group = groups.get(reason) ?? { reason, count: 0, examples: [] }
    group.count++
    if (group.examples.length < 3) {
      const example =
        item.type === 'unknown'
          ? item.id
          : isNamedType(item.type)
            ? t(`miro.example.${item.type}`, { id: item.id })
            : t('miro.example.other', { type: item.type, id: item.id })
      group.examples.push(example)
    }
    groups.set(reason, group)
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
}
