/** What the Miro import dialog says about a plan, in words. */
import type { MiroImportReport } from '../../../shared/miro/importMiro'

const NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  sticky_note: ['sticky note', 'sticky notes'],
  frame: ['frame', 'frames'],
  text: ['text', 'texts'],
  shape: ['shape', 'shapes'],
  connector: ['connector', 'connectors'],
}

const ORDER = ['sticky_note', 'frame', 'text', 'shape', 'connector']

/** "200 sticky notes, 5 frames", in a fixed order; "nothing" when nothing is imported. */
export function importedSummary(report: MiroImportReport): string {
  const parts = ORDER.filter((type) => (report.imported[type] ?? 0) > 0).map((type) => {
    const count = report.imported[type] ?? 0
    const [one, many] = NOUNS[type] ?? [type, type]
    return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
  })
  return parts.length > 0 ? parts.join(', ') : 'nothing'
}

/** Skipped items grouped by reason, the most frequent first, with a few of their ids. */
export interface SkippedGroup {
  reason: string
  count: number
  /** Up to three item ids, as examples. */
  examples: string[]
}

/** The report's skipped items, grouped by reason. */
export function skippedGroups(report: MiroImportReport): SkippedGroup[] {
  const groups = new Map<string, SkippedGroup>()
  for (const item of [...report.skipped, ...report.adjusted.map((a) => ({ ...a, reason: `imported, ${a.reason}` }))]) {
    const group = groups.get(item.reason) ?? { reason: item.reason, count: 0, examples: [] }
    group.count++
    if (group.examples.length < 3) group.examples.push(item.type === 'unknown' ? item.id : `${NOUNS[item.type]?.[0] ?? item.type} ${item.id}`)
    groups.set(item.reason, group)
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
}
