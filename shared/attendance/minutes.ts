/** Who came, by coop, under the minutes' title (shared/export/sections/header.ts); words from ./minutes.locales.ts. */
import type { MinutesContext } from '../export/context'
import { escapeMarkdown } from '../export/markdown'
import { matchKey } from '../text/fold'
import { meetingAttendance, readAllAttendance } from './attendance'

/** The participants of the meeting by coop (those without one last), or null when nobody came. */
export function participantsHeader(context: MinutesContext): string | null {
  const people = meetingAttendance(readAllAttendance(context.doc), context.info.at)
  if (people.length === 0) return null
  const { t } = context
  // One coop however its delegates wrote it ("Cooperativa Sur", "cooperativa sur"): grouped by
  // matchKey, and named as the delegate who came first wrote it.
  const firstWritten = new Map<string, string>()
  for (const person of [...people].sort((a, b) => a.firstSeen - b.firstSeen)) {
    if (!firstWritten.has(matchKey(person.coop))) firstWritten.set(matchKey(person.coop), person.coop.trim())
  }
  const byCoop = new Map<string, { coop: string; names: string[] }>()
  for (const person of people) {
    const key = matchKey(person.coop)
    const group = byCoop.get(key) ?? { coop: firstWritten.get(key) ?? person.coop.trim(), names: [] }
    const name = escapeMarkdown(person.name)
    group.names.push(person.role === 'facilitator' ? t('attendance.facilitator', { name }) : name)
    byCoop.set(key, group)
  }
  const coops = [...byCoop.entries()].filter(([key]) => key !== '').map(([, group]) => group)
  const counts = t('attendance.counts', {
    people: t('attendance.people', { count: people.length }),
    coops: t('attendance.coops', { count: coops.length }),
  })
  const lines = [`**${t('attendance.title')}** (${counts})`, '']
  for (const { coop, names } of coops) lines.push(`- **${escapeMarkdown(coop)}:** ${names.join(', ')}`)
  const withoutCoop = byCoop.get('')?.names
  if (withoutCoop) lines.push(`- *${t('attendance.noCoop')}* ${withoutCoop.join(', ')}`)
  return lines.join('\n')
}
