/** Who came, by coop, under the minutes' title (shared/export/sections/header.ts); words from ./minutes.locales.ts. */
import type { MinutesContext } from '../export/context'
import { escapeMarkdown } from '../export/markdown'
import { meetingAttendance, readAllAttendance } from './attendance'

/** The participants of the meeting by coop (those without one last), or null when nobody came. */
export function participantsHeader(context: MinutesContext): string | null {
  const people = meetingAttendance(readAllAttendance(context.doc), context.info.at)
  if (people.length === 0) return null
  const { t } = context
  const byCoop = new Map<string, string[]>()
  for (const person of people) {
    const names = byCoop.get(person.coop.trim()) ?? []
    const name = escapeMarkdown(person.name)
    names.push(person.role === 'facilitator' ? t('attendance.facilitator', { name }) : name)
    byCoop.set(person.coop.trim(), names)
  }
  const coops = [...byCoop.keys()].filter((coop) => coop !== '')
  const counts = t('attendance.counts', { people: t('attendance.people', { count: people.length }), coops: t('attendance.coops', { count: coops.length }) })
  const lines = [`**${t('attendance.title')}** (${counts})`, '']
  for (const coop of coops) lines.push(`- **${escapeMarkdown(coop)}:** ${(byCoop.get(coop) ?? []).join(', ')}`)
  const withoutCoop = byCoop.get('')
  if (withoutCoop) lines.push(`- *${t('attendance.noCoop')}* ${withoutCoop.join(', ')}`)
  return lines.join('\n')
}
