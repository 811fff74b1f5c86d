/**
 * "Working groups report" in the minutes: each working group in the order it reported, with who
 * presented (name · coop) and when they took the floor; a group that has not reported says so.
 * Words from ./minutes.locales.ts, in the reader's language.
 */
import type { MinutesContext } from '../export/context'
import { bullet, escapeMarkdown, heading } from '../export/markdown'
import { participantLabel } from '../participant'
import { readWorkingGroups } from './rotation'
import { readReport } from './wgReport'

/** The working groups' report of the board, or null when none was held or prepared. */
export function workingGroupsSection(context: MinutesContext): string | null {
  const report = readReport(context.doc)
  if (!report || report.startedAt > context.info.at || report.order.length === 0) return null
  const { t } = context
  const names = new Map(readWorkingGroups(context.doc).map((group) => [group.id, group.name]))
  const lines = report.order.map((groupId) => {
    const name = `**${escapeMarkdown(names.get(groupId) ?? groupId)}**`
    const presenter = report.presenters[groupId]
    const at = report.reportedAt[groupId]
    if (!presenter || at === undefined || at > context.info.at) return bullet(`${name} — *${t('workingGroups.notReported')}*`)
    const who = escapeMarkdown(participantLabel(presenter))
    return bullet(`${name} — ${t('workingGroups.presentedBy', { name: who, date: context.date(at) })}`)
  })
  return `${heading(2, t('workingGroups.title'))}\n${lines.join('\n')}`
}
