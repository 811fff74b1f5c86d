/**
 * One sub-section per coop corner with its notes; corners without notes are named in one line.
 * Words from ./minutes.locales.ts.
 */
import { readRoster } from './applyPlan'
import { cornerIdFor } from './cornerRecord'
import type { MinutesContext } from '../export/context'
import { escapeMarkdown, heading } from '../export/markdown'
import { noteLine, type NoteDecoration } from '../export/noteLine'

/** The coop corners section, or null when the board has no corners. */
export function cornersSection(context: MinutesContext, decorations: readonly NoteDecoration[]): string | null {
  const corners = readRoster(context.doc)
    .map((coop) => ({ coop, cornerId: coop.cornerId ?? cornerIdFor(coop.id) }))
    .filter(({ cornerId }) => context.records.has(cornerId))
  if (corners.length === 0) return null
  const { t } = context
  const blocks = [heading(2, t('corners.title'))]
  const empty: string[] = []
  for (const { coop, cornerId } of corners) {
    const notes = context.notesIn(cornerId)
    if (notes.length === 0) {
      empty.push(escapeMarkdown(coop.name))
      continue
    }
    context.claim(notes)
    const count = t('minutes.notes', { count: notes.length })
    const delegates = coop.delegateCount === undefined ? '' : ` · ${t('corners.delegates', { count: coop.delegateCount })}`
    blocks.push(
      `${heading(3, escapeMarkdown(coop.name))}\n*${count}${delegates}*\n\n${notes.map((note) => noteLine(context, note, decorations)).join('\n')}`,
    )
  }
  if (empty.length > 0) blocks.push(`*${t('corners.empty')}* ${empty.join(', ')}`)
  return blocks.join('\n\n')
}
